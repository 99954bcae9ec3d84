package io.github.singlestorehttp.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A file-based H2 database (MySQL mode, as the local server configures its own) holding the table that the streaming
 * and server-heap measurements read: {@code stream_rows (id, name, amount, created)}. On disk rather than in memory,
 * so that a server capped at a small heap can hold a million rows; H2's page cache is held to 2 MB (its default is
 * 16 MB), so that the server's heap figures show the server rather than the database's cache.
 */
final class StreamTable {

	static final String SELECT_ALL = "SELECT id, name, amount, created FROM stream_rows";

	private static final String SETTINGS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
			+ ";NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,HOUR,MINUTE,SECOND,USER;LAZY_QUERY_EXECUTION=TRUE"
			+ ";CACHE_SIZE=2048";

	private StreamTable() {
	}

	/**
	 * Creates the database in a new temporary directory.
	 * @param rows the number of rows
	 * @param database the schema, which the server serves as a database
	 * @return the JDBC URL to give the server
	 */
	static String create(int rows, String database) {
		try {
			Path directory = Files.createTempDirectory("singlestore-http-stream-");
			directory.toFile().deleteOnExit();
			String url = "jdbc:h2:file:" + directory.resolve("stream").toAbsolutePath() + SETTINGS;
			try (Connection connection = DriverManager.getConnection(url);
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE SCHEMA " + database);
				statement.execute("CREATE TABLE " + database + ".stream_rows (id BIGINT PRIMARY KEY, "
						+ "name VARCHAR(64) NOT NULL, amount DECIMAL(12,2), created TIMESTAMP(6))");
				statement.execute("INSERT INTO " + database + ".stream_rows SELECT X, CONCAT('name-', X), X / 100.0, "
						+ "TIMESTAMP '2024-01-01 00:00:00.123456' + X * INTERVAL '1' SECOND FROM SYSTEM_RANGE(1, " + rows
						+ ")");
				statement.execute("SHUTDOWN");
			}
			return url;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the streaming table: " + ex.getMessage(), ex);
		}
	}

}
