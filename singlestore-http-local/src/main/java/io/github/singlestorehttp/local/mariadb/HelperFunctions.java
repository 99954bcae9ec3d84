package io.github.singlestorehttp.local.mariadb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Creates the stored functions of {@code functions.sql} (SingleStore's JSON and vector functions) in the helper
 * database.
 */
final class HelperFunctions {

	private static final String SEPARATOR = "(?m)^\\$\\$$";

	private HelperFunctions() {
	}

	static void installIn(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String function : script().split(SEPARATOR)) {
				statement.execute(function.strip());
			}
		}
	}

	private static String script() {
		try (InputStream in = Objects.requireNonNull(HelperFunctions.class.getResourceAsStream("functions.sql"),
				"functions.sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
