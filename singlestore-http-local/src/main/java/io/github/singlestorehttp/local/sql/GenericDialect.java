package io.github.singlestorehttp.local.sql;

import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The dialect for databases other than H2: databases are schemas, statements run unchanged, and errors keep the
 * database's own vendor code and SQLSTATE (which are MySQL's when the database is MySQL or MariaDB).
 */
public final class GenericDialect implements DatabaseDialect {

	@Override
	public Optional<String> connectionInitSql() {
		return Optional.empty();
	}

	@Override
	public void initialize(Connection connection, String database) throws SQLException {
		String quote = connection.getMetaData().getIdentifierQuoteString().strip();
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + quote + database + quote);
		}
	}

	@Override
	public void selectDatabase(Connection connection, @Nullable String database) throws SqlError {
		if (database == null) {
			return;
		}
		try {
			connection.setSchema(database);
		}
		catch (SQLException ex) {
			throw SqlError.unknownDatabase(database);
		}
	}

	@Override
	public void checkSupported(SingleStatement statement) {
	}

	@Override
	public String executableSql(Connection connection, SingleStatement statement, @Nullable String database) {
		return statement.text();
	}

	@Override
	public void beforeStatement(Connection connection, SingleStatement statement) {
	}

	@Override
	public void afterStatement(Connection connection, SingleStatement statement) {
	}

	@Override
	public boolean removeObjectsCreatedWithoutDatabase(Connection connection) {
		return false;
	}

	@Override
	public Map<Integer, String> declaredTypes(Connection connection, ResultSetMetaData metaData) {
		return Map.of();
	}

	@Override
	public SqlError translate(SQLException exception, @Nullable String database) {
		int code = (exception.getErrorCode() > 0) ? exception.getErrorCode() : SqlError.UNKNOWN_ERROR;
		String sqlState = (exception.getSQLState() != null) ? exception.getSQLState() : "HY000";
		return new SqlError(code, sqlState, String.valueOf(exception.getMessage()));
	}

}
