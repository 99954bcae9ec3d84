package io.github.singlestorehttp.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Blocking SQL over the Data API, with the same vocabulary and behaviour as
 * {@link ReactiveSingleStoreOperations}: each blocking method is its reactive twin plus a wait for the
 * result. Calling a blocking method on a non-blocking (event loop) thread fails at once; use
 * {@link #reactive()} there.
 * <p>
 * SQL NULL in a single column mapped to a class is {@code null}, as with {@code JdbcTemplate}: in lists,
 * streams and {@link #queryForObject}; {@link #queryForOptional} gives an empty {@code Optional}.
 */
public interface SingleStoreOperations {

	/**
	 * Run a statement without a result set (DDL, INSERT, UPDATE, DELETE) through {@code /exec}.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param args one argument per placeholder
	 * @return the generated id and the number of affected rows
	 */
	ExecResult update(String sql, @Nullable Object... args);

	/**
	 * Run a query; each row as an ordered map from column name to typed value.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param args one argument per placeholder
	 * @return the rows of the first result set
	 */
	List<Map<String, @Nullable Object>> query(String sql, @Nullable Object... args);

	/**
	 * Run a query and map each row.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param rowMapper maps each row
	 * @param args one argument per placeholder
	 * @return the mapped rows
	 */
	<T> List<@Nullable T> query(String sql, SingleStoreRowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Run a query and map each row to a class: a single column for simple types, a record by its
	 * constructor, a JavaBean by its setters; see {@link ReactiveSingleStoreOperations#query(String, Class, Object...)}.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped rows; a NULL single column is {@code null}
	 */
	<T> List<@Nullable T> query(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Run a query and take its rows with their column metadata.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param args one argument per placeholder
	 * @return the rows of the first result set
	 */
	List<Row> queryRows(String sql, @Nullable Object... args);

	/**
	 * Run a query that returns exactly one row and map it to a class, as {@code JdbcTemplate} does.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped row, or {@code null} for a NULL single column
	 * @throws org.springframework.dao.EmptyResultDataAccessException when there is no row
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
	 */
	<T> @Nullable T queryForObject(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Run a query that returns exactly one row and map it, as {@code JdbcTemplate} does.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param rowMapper the mapper
	 * @param args one argument per placeholder
	 * @return the mapped row, or {@code null} when the mapper returned {@code null}
	 * @throws org.springframework.dao.EmptyResultDataAccessException when there is no row
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
	 */
	<T> @Nullable T queryForObject(String sql, SingleStoreRowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Run a query that returns at most one row and map it to a class.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped row, or empty when there is none or it is a NULL single column
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
	 */
	<T> Optional<T> queryForOptional(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Run a query that returns at most one row and map it.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param rowMapper the mapper
	 * @param args one argument per placeholder
	 * @return the mapped row, or empty when there is none or the mapper returned {@code null}
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
	 */
	<T> Optional<T> queryForOptional(String sql, SingleStoreRowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Run a query and stream its rows mapped to a class as they are decoded, in constant memory. The
	 * stream holds the HTTP response open: close it, for example with try-with-resources.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped rows; a NULL single column is {@code null}
	 */
	<T> Stream<@Nullable T> queryForStream(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Run a query and stream its rows as they are decoded, in constant memory. The stream holds the
	 * HTTP response open: close it, for example with try-with-resources.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param rowMapper maps each row
	 * @param args one argument per placeholder
	 * @return the mapped rows
	 */
	<T> Stream<@Nullable T> queryForStream(String sql, SingleStoreRowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Run a statement once per row of arguments; see {@link ReactiveSingleStoreOperations#batchUpdate}.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param batchArgs the arguments of each row
	 * @return the counts per request
	 */
	BatchResult batchUpdate(String sql, List<@Nullable Object[]> batchArgs);

	/**
	 * Start a fluent statement with named ({@code :name}) or positional parameters.
	 * @param sql the SQL
	 * @return the statement
	 */
	StatementSpec sql(String sql);

	/**
	 * Check that the Data API is reachable ({@code GET /ping}, no credentials needed).
	 * @throws org.springframework.dao.DataAccessResourceFailureException when it is not
	 */
	void ping();

	/**
	 * The reactive operations behind this template, for use in reactive code.
	 * @return the reactive operations
	 */
	ReactiveSingleStoreOperations reactive();

}
