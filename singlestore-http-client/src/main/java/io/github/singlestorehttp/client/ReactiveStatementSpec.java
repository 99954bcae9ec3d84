package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A statement being prepared for reactive execution, with named ({@code :name}) or positional
 * ({@code ?}) parameters. Named parameters are rewritten to placeholders, skipping literals, quoted
 * identifiers and comments; a collection expands for {@code IN (:ids)}. Nothing is sent until a returned
 * publisher is subscribed to.
 */
public interface ReactiveStatementSpec {

	/**
	 * Bind a named parameter.
	 * @param name the name, without the colon
	 * @param value the value; a collection expands into a list of placeholders
	 * @return this spec
	 */
	ReactiveStatementSpec param(String name, @Nullable Object value);

	/**
	 * Bind the next positional parameter.
	 * @param value the value
	 * @return this spec
	 */
	ReactiveStatementSpec param(@Nullable Object value);

	/**
	 * Bind named parameters from a map.
	 * @param values the values by name
	 * @return this spec
	 */
	ReactiveStatementSpec params(Map<String, ? extends @Nullable Object> values);

	/**
	 * Bind named parameters from the properties of an object: a record, a JavaBean, a {@code Map} or a
	 * spring-jdbc {@code SqlParameterSource}.
	 * @param source the object
	 * @return this spec
	 */
	ReactiveStatementSpec paramSource(Object source);

	/**
	 * Mark the statement as safe to run twice, so that a write may be retried after its request may
	 * have reached the server.
	 * @return this spec
	 */
	ReactiveStatementSpec idempotent();

	/**
	 * Limit this call's duration, all attempts included, instead of the template's timeout.
	 * @param timeout the limit
	 * @return this spec
	 */
	ReactiveStatementSpec timeout(Duration timeout);

	/**
	 * Run the statement as a query and map each row to a class (single column, record or JavaBean).
	 * @param <T> the mapped type
	 * @param type the class
	 * @return the mapped rows
	 */
	<T> Flux<T> query(Class<T> type);

	/**
	 * Run the statement as a query and map each row.
	 * @param <T> the mapped type
	 * @param rowMapper the mapper
	 * @return the mapped rows
	 */
	<T> Flux<T> query(RowMapper<T> rowMapper);

	/**
	 * Run the statement as a query; exactly one row is expected.
	 * @param <T> the mapped type
	 * @param type the class to map the row to
	 * @return the single mapped row, or an error when there are none or several
	 */
	<T> Mono<T> single(Class<T> type);

	/**
	 * Run the statement through {@code /exec}.
	 * @return the generated id and the number of affected rows
	 */
	Mono<ExecResult> update();

}
