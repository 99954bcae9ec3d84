package io.github.singlestorehttp.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive SQL over the Data API, with the same vocabulary as {@link SingleStoreOperations}. Nothing is
 * sent until a returned publisher is subscribed to; each subscription sends the statement again. Query
 * results are emitted row by row as the response body is parsed, with backpressure. Errors are
 * {@link org.springframework.dao.DataAccessException}s.
 * <p>
 * Arguments bind to positional {@code ?} placeholders and always travel separately from the SQL text
 * (integers and decimals as exact literals the client writes itself).
 * <p>
 * Reactive Streams cannot carry {@code null}: a row mapped to {@code null} (a NULL single column mapped to
 * a class) fails the result with an {@link org.springframework.dao.InvalidDataAccessApiUsageException}. Use
 * {@link #queryForOptional}, or map a nullable column to {@link Optional}, for example
 * {@code query(sql, row -> Optional.ofNullable(row.get(0, BigDecimal.class)))}.
 */
public interface ReactiveSingleStoreOperations {

	/**
	 * Run a statement without a result set (DDL, INSERT, UPDATE, DELETE) through {@code /exec}.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param args one argument per placeholder
	 * @return the generated id and the number of affected rows
	 */
	Mono<ExecResult> update(String sql, @Nullable Object... args);

	/**
	 * Run a query; each row as an ordered map from column name to typed value.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param args one argument per placeholder
	 * @return the rows of the first result set
	 */
	Flux<Map<String, @Nullable Object>> query(String sql, @Nullable Object... args);

	/**
	 * Run a query and map each row.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param rowMapper maps each row; it must not return {@code null}
	 * @param args one argument per placeholder
	 * @return the mapped rows of the first result set
	 */
	<T> Flux<T> query(String sql, SingleStoreRowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Run a query and map each row to a class: a single column for simple types (String, numbers,
	 * Boolean, java.time types, byte[], UUID, enums), a record by its constructor, a JavaBean by its
	 * setters; columns match properties ignoring case and {@code snake_case}. A NULL single column fails the
	 * result (see above).
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped rows of the first result set
	 */
	<T> Flux<T> query(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Run a query and emit its rows with their column metadata.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param args one argument per placeholder
	 * @return the rows of the first result set
	 */
	Flux<Row> queryRows(String sql, @Nullable Object... args);

	/**
	 * Run a query that returns exactly one row and map it to a class.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped row, or an {@link org.springframework.dao.EmptyResultDataAccessException} or
	 * {@link org.springframework.dao.IncorrectResultSizeDataAccessException} error; a NULL single column
	 * fails (use {@link #queryForOptional})
	 */
	<T> Mono<T> queryForObject(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Run a query that returns exactly one row and map it.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param rowMapper the mapper; it must not return {@code null}
	 * @param args one argument per placeholder
	 * @return the mapped row, or an {@link org.springframework.dao.EmptyResultDataAccessException} or
	 * {@link org.springframework.dao.IncorrectResultSizeDataAccessException} error
	 */
	<T> Mono<T> queryForObject(String sql, SingleStoreRowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Run a query that returns at most one row and map it to a class.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped row, or an empty {@code Optional} when there is none or it is a NULL single column;
	 * an {@link org.springframework.dao.IncorrectResultSizeDataAccessException} error when there are several
	 */
	<T> Mono<Optional<T>> queryForOptional(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Run a query that returns at most one row and map it.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param rowMapper the mapper
	 * @param args one argument per placeholder
	 * @return the mapped row, or an empty {@code Optional} when there is none or the mapper returned
	 * {@code null}; an {@link org.springframework.dao.IncorrectResultSizeDataAccessException} error when there
	 * are several
	 */
	<T> Mono<Optional<T>> queryForOptional(String sql, SingleStoreRowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Run a statement once per row of arguments. A single-row {@code INSERT … VALUES (…)} is rewritten
	 * into multi-row inserts, cut into chunks whose request bodies fit the size limit; other statements
	 * are sent once per row, a few at a time. All rows are checked before anything is sent.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param batchArgs the arguments of each row
	 * @return the counts per request; a failure is a {@link SingleStoreBatchUpdateException} naming the
	 * failed rows and what had succeeded
	 */
	Mono<BatchResult> batchUpdate(String sql, List<@Nullable Object[]> batchArgs);

	/**
	 * Start a fluent statement with named ({@code :name}) or positional parameters.
	 * @param sql the SQL
	 * @return the statement
	 */
	ReactiveStatementSpec sql(String sql);

	/**
	 * Check that the Data API is reachable ({@code GET /ping}, no credentials needed).
	 * @return completes when the server answered {@code pong}
	 */
	Mono<Void> ping();

}
