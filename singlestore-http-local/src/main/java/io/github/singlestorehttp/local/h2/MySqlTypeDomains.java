package io.github.singlestorehttp.local.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Domains that give the MySQL TEXT and BLOB kinds, which H2 would fold into plain variable-length types, their own
 * names, so result columns can report the declared type. H2 resolves a domain only in the schema a table is created
 * from, so every database gets its own set.
 * <p>
 * A domain cannot take a length: with them, {@code TEXT(100)} is a syntax error where H2 alone would accept it.
 */
final class MySqlTypeDomains {

	private static final Map<String, String> DEFINITIONS = definitions();

	private MySqlTypeDomains() {
	}

	/**
	 * Creates the domains in a schema.
	 * @param connection a connection
	 * @param schema the schema
	 * @throws SQLException if creating a domain fails
	 */
	static void installIn(Connection connection, String schema) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (Map.Entry<String, String> domain : DEFINITIONS.entrySet()) {
				statement.execute("CREATE DOMAIN IF NOT EXISTS " + Identifiers.quote(schema) + "." + domain.getKey()
						+ " AS " + domain.getValue());
			}
		}
	}

	private static Map<String, String> definitions() {
		Map<String, String> definitions = new LinkedHashMap<>();
		definitions.put("TINYTEXT", "CHARACTER VARYING(255)");
		definitions.put("TEXT", "CHARACTER VARYING(65535)");
		definitions.put("MEDIUMTEXT", "CHARACTER VARYING(16777215)");
		definitions.put("LONGTEXT", "CHARACTER VARYING(1000000000)");
		definitions.put("TINYBLOB", "BINARY VARYING(255)");
		definitions.put("BLOB", "BINARY VARYING(65535)");
		definitions.put("MEDIUMBLOB", "BINARY VARYING(16777215)");
		definitions.put("LONGBLOB", "BINARY VARYING(1000000000)");
		return definitions;
	}

}
