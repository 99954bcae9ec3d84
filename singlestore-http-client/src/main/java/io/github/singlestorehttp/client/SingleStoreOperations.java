package io.github.singlestorehttp.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Blocking SQL over the Data API, with the same behaviour as {@link ReactiveSingleStoreOperations}:
 * each blocking method is its reactive twin plus a wait for the result. Calling a blocking method on a
 * non-blocking (event loop) thread fails at once; use {@link #reactive()} there.
 */
public interface SingleStoreOperations {

	/**
	 * Run a statement without a result set (DDL, INSERT, UPDATE, DELETE) through {@code /exec}.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param args one argument per placeholder
	 * @return the generated id and the number of affected rows
	 */
	ExecResult execute(String sql, @Nullable Object... args);

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
	<T> List<T> query(String sql, RowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Run a query and map each row to a class: a single column for simple types, a record by its
	 * constructor, a JavaBean by its setters; see {@link ReactiveSingleStoreOperations#query(String, Class, Object...)}.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped rows
	 */
	<T> List<T> query(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Run a query that returns exactly one row and map it to a class.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped row
	 * @throws org.springframework.dao.EmptyResultDataAccessException when there is no row
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
	 */
	<T> T queryForObject(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Run a query that returns exactly one row and map it.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param rowMapper the mapper
	 * @param args one argument per placeholder
	 * @return the mapped row
	 * @throws org.springframework.dao.EmptyResultDataAccessException when there is no row
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
	 */
	<T> T queryForObject(String sql, RowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Run a query that returns at most one row and map it to a class.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped row, or empty when there is none
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when there are several
	 */
	<T> Optional<T> queryForOptional(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Run a query and stream its rows mapped to a class, in constant memory; close the stream.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param type the class
	 * @param args one argument per placeholder
	 * @return the mapped rows
	 */
	<T> Stream<T> queryForStream(String sql, Class<T> type, @Nullable Object... args);

	/**
	 * Start a fluent statement with named ({@code :name}) or positional parameters.
	 * @param sql the SQL
	 * @return the statement
	 */
	StatementSpec sql(String sql);

	/**
	 * Run a query and stream its rows as they are decoded, in constant memory. The stream holds the
	 * HTTP response open: close it, for example with try-with-resources.
	 * @param <T> the mapped type
	 * @param sql the SQL with {@code ?} placeholders
	 * @param rowMapper maps each row
	 * @param args one argument per placeholder
	 * @return the mapped rows
	 */
	<T> Stream<T> queryForStream(String sql, RowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Run a statement once per row of arguments; see {@link ReactiveSingleStoreOperations#batchUpdate}.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param batchArgs the arguments of each row
	 * @return the counts per request
	 */
	BatchResult batchUpdate(String sql, List<@Nullable Object[]> batchArgs);

	/**
	 * The reactive operations behind this template, for use in reactive code.
	 * @return the reactive operations
	 */
	ReactiveSingleStoreOperations reactive();

}
