package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A statement being prepared for blocking execution, with named ({@code :name}) or positional
 * ({@code ?}) parameters; the blocking twin of {@link ReactiveStatementSpec}.
 *
 * <pre class="code">
 * Optional&lt;User&gt; user = template.sql("SELECT * FROM users WHERE id = :id").param("id", 42).query(User.class).optional();
 * </pre>
 */
public interface StatementSpec {

	/**
	 * Bind a named parameter.
	 * @param name the name, without the colon
	 * @param value the value; a collection expands into a list of placeholders
	 * @return this spec
	 */
	StatementSpec param(String name, @Nullable Object value);

	/**
	 * Bind the next positional parameter.
	 * @param value the value
	 * @return this spec
	 */
	StatementSpec param(@Nullable Object value);

	/**
	 * Bind named parameters from a map.
	 * @param values the values by name
	 * @return this spec
	 */
	StatementSpec params(Map<String, ? extends @Nullable Object> values);

	/**
	 * Bind named parameters from the properties of an object: a record, a JavaBean, a {@code Map} or a
	 * spring-jdbc {@code SqlParameterSource}.
	 * @param source the object
	 * @return this spec
	 */
	StatementSpec paramSource(Object source);

	/**
	 * Mark the statement as safe to run twice, so that a write may be retried after its request may
	 * have reached the server.
	 * @return this spec
	 */
	StatementSpec idempotent();

	/**
	 * Limit this call's duration, all attempts included, instead of the template's timeout.
	 * @param timeout the limit
	 * @return this spec
	 */
	StatementSpec timeout(Duration timeout);

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
	<T> MappedQuerySpec<T> query(RowMapper<T> rowMapper);

	/**
	 * Run the statement through {@code /exec}.
	 * @return the generated id and the number of affected rows
	 */
	ExecResult update();

	/**
	 * The results of a mapped query, taken in one of several shapes. Each method runs the query.
	 *
	 * @param <T> the mapped type
	 */
	interface MappedQuerySpec<T> {

		/**
		 * All rows.
		 * @return the mapped rows
		 */
		List<T> list();

		/**
		 * Exactly one row.
		 * @return the mapped row
		 * @throws org.springframework.dao.EmptyResultDataAccessException when there is none
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
		 */
		T single();

		/**
		 * At most one row.
		 * @return the mapped row, or empty when there is none
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
		 */
		Optional<T> optional();

		/**
		 * The rows as a stream decoded while the response arrives; close it.
		 * @return the mapped rows
		 */
		Stream<T> stream();

	}

}
