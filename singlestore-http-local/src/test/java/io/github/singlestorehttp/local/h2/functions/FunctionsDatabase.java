package io.github.singlestorehttp.local.h2.functions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the function tests: an in-memory H2 database in MySQL mode, configured as the local server configures it,
 * with the emulated functions registered in its main schema.
 */
abstract class FunctionsDatabase {

	private @Nullable Connection connection;

	@BeforeEach
	void openDatabase() throws SQLException {
		this.connection = DriverManager.getConnection("jdbc:h2:mem:functions-" + UUID.randomUUID()
				+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
		H2FunctionCatalog.installIn(this.connection, "public");
	}

	@AfterEach
	void closeDatabase() throws SQLException {
		connection().close();
	}

	/** Runs a query and returns the first column of its only row. */
	@Nullable Object value(String query) throws SQLException {
		try (Statement statement = connection().createStatement(); ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getObject(1);
		}
	}

	/** Runs a query and returns the first column of its only row as the given Java type. */
	<T> @Nullable T value(String query, Class<T> type) throws SQLException {
		try (Statement statement = connection().createStatement(); ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getObject(1, type);
		}
	}

	void execute(String sql) throws SQLException {
		try (Statement statement = connection().createStatement()) {
			statement.execute(sql);
		}
	}

	Connection connection() {
		if (this.connection == null) {
			throw new IllegalStateException("The database is not open");
		}
		return this.connection;
	}

}
