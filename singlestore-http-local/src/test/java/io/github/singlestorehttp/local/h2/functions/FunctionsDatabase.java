package io.github.singlestorehttp.local.h2.functions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An in-memory H2 database in MySQL mode, configured as the local server configures it, with the emulated functions
 * registered in its main schema.
 */
final class FunctionsDatabase implements AutoCloseable {

	private final Connection connection;

	FunctionsDatabase() throws SQLException {
		this.connection = DriverManager.getConnection("jdbc:h2:mem:functions-" + UUID.randomUUID()
				+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
		H2FunctionCatalog.installIn(this.connection, "public");
	}

	/** Runs a query and returns the first column of its only row. */
	@Nullable Object value(String query) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getObject(1);
		}
	}

	void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
