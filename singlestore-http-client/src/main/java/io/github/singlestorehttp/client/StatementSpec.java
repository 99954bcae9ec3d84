package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A statement being prepared for blocking execution, with named ({@code :name}) or positional
 * ({@code ?}) parameters, in the style of spring-jdbc's {@code JdbcClient}; the blocking twin of
 * {@link ReactiveStatementSpec}. Specs are immutable: every {@code param…} and option method returns a
 * new spec and leaves this one as it was, so a spec may be shared and extended.
 *
 * <pre class="code">
 * Optional&lt;User&gt; user = template.sql("SELECT * FROM users WHERE id = :id").param("id", 42).query(User.class).optional();
 * </pre>
 */
public interface StatementSpec {

	/**
	 * Bind the next positional parameter.
	 * @param value the value
	 * @return a new spec with the parameter bound
	 */
	StatementSpec param(@Nullable Object value);

	/**
	 * Bind a positional parameter by its index.
	 * @param index the one-based index of the {@code ?} placeholder, as in JDBC
	 * @param value the value
	 * @return a new spec with the parameter bound
	 */
	StatementSpec param(int index, @Nullable Object value);

	/**
	 * Bind a named parameter.
	 * @param name the name, without the colon
	 * @param value the value; a collection expands into a list of placeholders
	 * @return a new spec with the parameter bound
	 */
	StatementSpec param(String name, @Nullable Object value);

	/**
	 * Bind the next positional parameters.
	 * @param values the values, in placeholder order
	 * @return a new spec with the parameters bound
	 */
	StatementSpec params(@Nullable Object... values);

	/**
	 * Bind the next positional parameters.
	 * @param values the values, in placeholder order
	 * @return a new spec with the parameters bound
	 */
	StatementSpec params(List<? extends @Nullable Object> values);

	/**
	 * Bind named parameters from a map.
	 * @param values the values by name
	 * @return a new spec with the parameters bound
	 */
	StatementSpec params(Map<String, ? extends @Nullable Object> values);

	/**
	 * Bind named parameters from the properties of an object: a record, a JavaBean or a {@code Map}.
	 * @param source the object
	 * @return a new spec with the parameters bound
	 */
	StatementSpec paramSource(Object source);

	/**
	 * Bind named parameters from a spring-jdbc parameter source.
	 * @param source the parameter source
	 * @return a new spec with the parameters bound
	 */
	StatementSpec paramSource(SqlParameterSource source);

	/**
	 * Mark the statement as safe to run twice, so that a write may be retried after its request may
	 * have reached the server.
	 * @return a new spec marked idempotent
	 */
	StatementSpec idempotent();

	/**
	 * Limit this call's duration, all attempts included, instead of the template's timeout.
	 * @param timeout the limit
	 * @return a new spec with the timeout
	 */
	StatementSpec timeout(Duration timeout);

	/**
	 * Read at most this many rows of a query; the rest of the response is not read.
	 * @param maxRows the limit, or {@code 0} for none (the default)
	 * @return a new spec with the limit
	 */
	StatementSpec maxRows(int maxRows);

	/**
	 * Run the statement as a query and take each row as an ordered map, a single column or a single value.
	 * @return the query results
	 */
	ResultQuerySpec query();

	/**
	 * Run the statement as a query and map each row to a class (single column, record or JavaBean).
	 * @param <T> the mapped type
	 * @param type the class
	 * @return the query results
	 */
	<T> MappedQuerySpec<T> query(Class<T> type);

	/**
	 * Run the statement as a query and map each row.
	 * @param <T> the mapped type
	 * @param rowMapper the mapper
	 * @return the query results
	 */
	<T> MappedQuerySpec<T> query(SingleStoreRowMapper<T> rowMapper);

	/**
	 * Run the statement through {@code /exec}.
	 * @return the generated id and the number of affected rows
	 */
	ExecResult update();

	/**
	 * The results of a query without a mapper, as in {@code JdbcClient}. Each method runs the query.
	 */
	interface ResultQuerySpec {

		/**
		 * All rows, each as an ordered map from column name to typed value.
		 * @return the rows
		 */
		List<Map<String, @Nullable Object>> listOfRows();

		/**
		 * Exactly one row, as an ordered map from column name to typed value.
		 * @return the row
		 * @throws org.springframework.dao.EmptyResultDataAccessException when there is none
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
		 */
		Map<String, @Nullable Object> singleRow();

		/**
		 * The values of the first column of every row; SQL NULL is {@code null}.
		 * @return the values
		 */
		List<@Nullable Object> singleColumn();

		/**
		 * The first column of exactly one row.
		 * @return the value
		 * @throws org.springframework.dao.EmptyResultDataAccessException when there is no row
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
		 * @throws org.springframework.dao.TypeMismatchDataAccessException when the value is SQL NULL; use
		 * {@link #optionalValue()} for a nullable column
		 */
		Object singleValue();

		/**
		 * The first column of at most one row.
		 * @return the value, or empty when there is no row or the value is SQL NULL
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several rows
		 */
		Optional<Object> optionalValue();

	}

	/**
	 * The results of a mapped query, taken in one of several shapes, as in {@code JdbcClient}. Each method
	 * runs the query. A value mapped to {@code null} (a NULL single column) is held as {@code null} in lists,
	 * sets and streams.
	 *
	 * @param <T> the mapped type
	 */
	interface MappedQuerySpec<T> {

		/**
		 * All rows.
		 * @return the mapped rows
		 */
		List<@Nullable T> list();

		/**
		 * All distinct rows, in the order they arrived.
		 * @return the mapped rows
		 */
		Set<@Nullable T> set();

		/**
		 * Exactly one row.
		 * @return the mapped row
		 * @throws org.springframework.dao.EmptyResultDataAccessException when there is none
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
		 * @throws org.springframework.dao.TypeMismatchDataAccessException when the row maps to {@code null}
		 * (a NULL single column); use {@link #optional()} for a nullable column
		 */
		T single();

		/**
		 * At most one row.
		 * @return the mapped row, or empty when there is none or it maps to {@code null}
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
		 */
		Optional<T> optional();

		/**
		 * The rows as a stream decoded while the response arrives, in constant memory; close it, for
		 * example with try-with-resources.
		 * @return the mapped rows
		 */
		Stream<@Nullable T> stream();

	}

}
