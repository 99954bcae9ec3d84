package io.github.singlestorehttp.local.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.singlestorehttp.local.result.ColumnMapper;
import org.jspecify.annotations.Nullable;

/**
 * Runs one request's statement on a pooled connection: selects the database, binds the arguments, executes in
 * autocommit mode and leaves the connection as it found it, or, after a statement that may have changed its session
 * state (see {@link SessionChanges}), takes it out of the pool, so that every request starts from the same state. A
 * statement nested so deeply that the database overflows the stack parsing or running it fails with error 1436
 * instead of taking the worker thread down.
 */
public final class StatementExecutor {

	private static final Set<String> KEY_GENERATING_KEYWORDS = Set.of("INSERT", "REPLACE");

	private static final int TABLE_NOT_FOUND = 1146;

	private final DataSource dataSource;

	private final DatabaseDialect dialect;

	private final ColumnMapper columnMapper;

	private final int fetchSize;

	/**
	 * Creates an executor.
	 * @param dataSource the connection pool
	 * @param dialect the database's dialect
	 * @param columnMapper describes result columns
	 * @param fetchSize the JDBC fetch size for queries
	 */
	public StatementExecutor(DataSource dataSource, DatabaseDialect dialect, ColumnMapper columnMapper,
			int fetchSize) {
		this.dataSource = dataSource;
		this.dialect = dialect;
		this.columnMapper = columnMapper;
		this.fetchSize = fetchSize;
	}

	/**
	 * Runs a statement for {@code /exec}: any result set is discarded.
	 * @param request the request
	 * @return the generated id and the number of affected rows
	 * @throws SqlError if the statement is rejected or fails
	 */
	public ExecResult exec(SqlRequest request) throws SqlError {
		SingleStatement statement = SingleStatement.of(request.sql());
		boolean generatesKeys = KEY_GENERATING_KEYWORDS.contains(statement.firstKeyword());
		return run(request, statement, generatesKeys, (connection, prepared, hasResultSet) -> {
			if (hasResultSet) {
				return new ExecResult(0, 0);
			}
			long rowsAffected = Math.max(0, prepared.getUpdateCount());
			return new ExecResult(generatesKeys ? firstGeneratedId(prepared) : 0, rowsAffected);
		});
	}

	/**
	 * Runs a statement for {@code /query/rows} or {@code /query/tuples} and hands its results to a consumer while
	 * the connection is open.
	 * @param request the request
	 * @param consumer streams the results
	 * @throws SqlError if the statement is rejected or fails before its results are handed over
	 * @throws IOException if the consumer fails to write
	 */
	public void query(SqlRequest request, ResultsConsumer consumer) throws SqlError, IOException {
		SingleStatement statement = SingleStatement.of(request.sql());
		run(request, statement, false, (connection, prepared, hasResultSet) -> {
			consumer.accept(new StatementResults(connection, prepared, hasResultSet, this.dialect, this.columnMapper));
			return null;
		});
	}

	private <T, X extends Exception> T run(SqlRequest request, SingleStatement statement, boolean generatesKeys,
			Work<T, X> work) throws SqlError, X {
		this.dialect.checkSupported(statement);
		try (Connection connection = this.dataSource.getConnection()) {
			try {
				return runOn(connection, request, statement, generatesKeys, work);
			}
			finally {
				endTransaction(connection);
				if (SessionChanges.mayChange(statement)) {
					discard(connection);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Database connection failed: " + ex.getMessage(), ex);
		}
	}

	private <T, X extends Exception> T runOn(Connection connection, SqlRequest request, SingleStatement statement,
			boolean generatesKeys, Work<T, X> work) throws SqlError, X {
		boolean noDatabase = request.database() == null;
		try {
			this.dialect.selectDatabase(connection, request.database());
			this.dialect.beforeStatement(connection, statement);
			try (PreparedStatement prepared = prepare(connection, statement, request.database(), generatesKeys)) {
				ArgumentBinder.bind(prepared, request.args());
				boolean hasResultSet = prepared.execute();
				this.dialect.afterStatement(connection, statement);
				if (noDatabase && !hasResultSet && this.dialect.removeObjectsCreatedWithoutDatabase(connection)) {
					throw SqlError.noDatabaseSelected();
				}
				return work.apply(connection, prepared, hasResultSet);
			}
		}
		catch (SQLException ex) {
			throw translate(ex, request.database());
		}
		catch (StackOverflowError ex) {
			throw SqlError.threadStackOverrun();
		}
	}

	private SqlError translate(SQLException exception, @Nullable String database) {
		SqlError error = this.dialect.translate(exception, database);
		return (database == null && error.code() == TABLE_NOT_FOUND) ? SqlError.noDatabaseSelected() : error;
	}

	private PreparedStatement prepare(Connection connection, SingleStatement statement, @Nullable String database,
			boolean generatesKeys) throws SQLException, SqlError {
		String sql = this.dialect.executableSql(statement, database);
		PreparedStatement prepared = generatesKeys ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
				: connection.prepareStatement(sql);
		prepared.setFetchSize(this.fetchSize);
		return prepared;
	}

	private static long firstGeneratedId(PreparedStatement statement) throws SQLException {
		try (ResultSet keys = statement.getGeneratedKeys()) {
			ResultSetMetaData metaData = keys.getMetaData();
			boolean autoIncrement = metaData.getColumnCount() > 0 && metaData.isAutoIncrement(1);
			return (autoIncrement && keys.next()) ? keys.getLong(1) : 0;
		}
	}

	/**
	 * Keeps a connection whose session state a statement may have changed from serving another request: a pool
	 * closes it instead of taking it back; a connection that is not pooled is closed anyway.
	 */
	private void discard(Connection connection) {
		if (this.dataSource instanceof HikariDataSource pool) {
			pool.evictConnection(connection);
		}
	}

	private static void endTransaction(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.rollback();
			connection.setAutoCommit(true);
		}
	}

	@FunctionalInterface
	private interface Work<T, X extends Exception> {

		T apply(Connection connection, PreparedStatement statement, boolean hasResultSet)
				throws SQLException, SqlError, X;

	}

}
