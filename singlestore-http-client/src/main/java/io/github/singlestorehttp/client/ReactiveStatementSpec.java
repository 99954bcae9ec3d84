package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A statement being prepared for reactive execution, with named ({@code :name}) or positional
 * ({@code ?}) parameters, in the style of Spring's {@code DatabaseClient}; the reactive twin of
 * {@link StatementSpec}. Named parameters are rewritten to placeholders, skipping literals, quoted
 * identifiers and comments; a collection expands for {@code IN (:ids)}. Nothing is sent until a returned
 * publisher is subscribed to.
 * <p>
 * Specs are immutable: every {@code param…} and option method returns a new spec, as
 * {@code DatabaseClient.GenericExecuteSpec.bind} does, so a publisher made from a spec never sends
 * parameters bound afterwards.
 */
public interface ReactiveStatementSpec {

	/**
	 * Bind the next positional parameter.
	 * @param value the value
	 * @return a new spec with the parameter bound
	 */
	ReactiveStatementSpec param(@Nullable Object value);

	/**
	 * Bind a positional parameter by its index.
	 * @param index the one-based index of the {@code ?} placeholder, as in JDBC
	 * @param value the value
	 * @return a new spec with the parameter bound
	 */
	ReactiveStatementSpec param(int index, @Nullable Object value);

	/**
	 * Bind a named parameter.
	 * @param name the name, without the colon
	 * @param value the value; a collection expands into a list of placeholders
	 * @return a new spec with the parameter bound
	 */
	ReactiveStatementSpec param(String name, @Nullable Object value);

	/**
	 * Bind the next positional parameters.
	 * @param values the values, in placeholder order
	 * @return a new spec with the parameters bound
	 */
	ReactiveStatementSpec params(@Nullable Object... values);

	/**
	 * Bind the next positional parameters.
	 * @param values the values, in placeholder order
	 * @return a new spec with the parameters bound
	 */
	ReactiveStatementSpec params(List<? extends @Nullable Object> values);

	/**
	 * Bind named parameters from a map.
	 * @param values the values by name
	 * @return a new spec with the parameters bound
	 */
	ReactiveStatementSpec params(Map<String, ? extends @Nullable Object> values);

	/**
	 * Bind named parameters from the properties of an object: a record, a JavaBean or a {@code Map}.
	 * @param source the object
	 * @return a new spec with the parameters bound
	 */
	ReactiveStatementSpec paramSource(Object source);

	/**
	 * Bind named parameters from a spring-jdbc parameter source.
	 * @param source the parameter source
	 * @return a new spec with the parameters bound
	 */
	ReactiveStatementSpec paramSource(SqlParameterSource source);

	/**
	 * Mark the statement as safe to run twice, so that a write may be retried after its request may
	 * have reached the server.
	 * @return a new spec marked idempotent
	 */
	ReactiveStatementSpec idempotent();

	/**
	 * Limit this call's duration, all attempts included, instead of the template's timeout.
	 * @param timeout the limit
	 * @return a new spec with the timeout
	 */
	ReactiveStatementSpec timeout(Duration timeout);

	/**
	 * Read at most this many rows of a query; the rest of the response is not read.
	 * @param maxRows the limit, or {@code 0} for none (the default)
	 * @return a new spec with the limit
	 */
	ReactiveStatementSpec maxRows(int maxRows);

	/**
	 * Run the statement as a query and take each row as an ordered map from column name to typed value
	 * (SQL NULL is a {@code null} map value).
	 * @return the query results
	 */
	ReactiveRowsSpec<Map<String, @Nullable Object>> query();

	/**
	 * Run the statement as a query and map each row to a class (single column, record or JavaBean). A NULL
	 * single column fails the result; see {@link ReactiveRowsSpec}.
	 * @param <T> the mapped type
	 * @param type the class
	 * @return the query results
	 */
	<T> ReactiveRowsSpec<T> query(Class<T> type);

	/**
	 * Run the statement as a query and map each row.
	 * @param <T> the mapped type
	 * @param rowMapper the mapper; it must not return {@code null} (see {@link ReactiveRowsSpec})
	 * @return the query results
	 */
	<T> ReactiveRowsSpec<T> query(SingleStoreRowMapper<T> rowMapper);

	/**
	 * Run the statement through {@code /exec}.
	 * @return the generated id and the number of affected rows
	 */
	Mono<ExecResult> update();

}
