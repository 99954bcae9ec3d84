package io.github.singlestorehttp.local.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Drops the tables and views a request created in the schema that serves requests without a database, for the
 * dialects' {@link DatabaseDialect#removeObjectsCreatedWithoutDatabase(Connection)}.
 */
public final class HelperSchemaTables {

	private HelperSchemaTables() {
	}

	/**
	 * Drops every table and view of a schema.
	 * @param connection the connection the request ran on
	 * @param schema the schema
	 * @param quote quotes an identifier as the database wants it
	 * @param dropSuffix what follows each {@code DROP} statement, such as {@code " CASCADE"}, or an empty string
	 * @return {@code true} if anything was dropped
	 * @throws SQLException if the lookup or a drop fails
	 */
	public static boolean dropAll(Connection connection, String schema, UnaryOperator<String> quote, String dropSuffix)
			throws SQLException {
		List<String> drops = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ?")) {
			query.setString(1, schema);
			try (ResultSet tables = query.executeQuery()) {
				while (tables.next()) {
					String kind = "VIEW".equals(tables.getString(2)) ? "VIEW" : "TABLE";
					drops.add("DROP " + kind + " IF EXISTS " + quote.apply(schema) + "."
							+ quote.apply(tables.getString(1)) + dropSuffix);
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String drop : drops) {
				statement.execute(drop);
			}
		}
		return !drops.isEmpty();
	}

}
