package io.github.singlestorehttp.local.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.singlestorehttp.local.h2.functions.H2FunctionCatalog;

/**
 * Domains that give MySQL and SingleStore types that H2 lacks or would fold into others their own names, so result
 * columns can report the declared type: the TEXT and BLOB kinds, JSON, BSON, GEOGRAPHY, GEOGRAPHYPOINT, MEDIUMINT,
 * YEAR, BIT, TIMESTAMP (which H2 would report as a DATETIME), TIME (an interval of hours to seconds, as H2's TIME
 * holds a time of day and SingleStore's reaches from -838:59:59 to 838:59:59), and the unsigned integers, which are
 * the next wider H2 type with a range check. Except for the TEXT and BLOB kinds, their names start with
 * {@value #PREFIX}. H2 resolves a domain only in the schema a table is created from, so every database gets its own
 * set.
 * <p>
 * A domain cannot take a length: with them, {@code TEXT(100)} is a syntax error where H2 alone would accept it.
 */
final class MySqlTypeDomains {

	private static final Map<String, String> DEFINITIONS = definitions();

	/** The prefix of the domains that stand for types H2 lacks (the TEXT and BLOB kinds keep their own names). */
	static final String PREFIX = "SS_";

	private static final int MAX_FRACTION_DIGITS = 6;

	/** How H2's message for a violated range check of these domains starts; MySQL reports error 1264 instead. */
	static final String RANGE_VIOLATION = "Check constraint violation: \"(VALUE ";

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
		definitions.put(PREFIX + "BSON", "BINARY VARYING(1000000000)");
		definitions.put(PREFIX + "JSON", "CHARACTER VARYING(1000000000)");
		definitions.put(PREFIX + "GEOGRAPHY", "CHARACTER VARYING(1000000)");
		definitions.put(PREFIX + "GEOGRAPHYPOINT", "CHARACTER VARYING(100)");
		definitions.put(PREFIX + "MEDIUMINT", ranged("INTEGER", "-8388608", "8388607"));
		definitions.put(PREFIX + "TINYINT_UNSIGNED", ranged("SMALLINT", "0", "255"));
		definitions.put(PREFIX + "SMALLINT_UNSIGNED", ranged("INTEGER", "0", "65535"));
		definitions.put(PREFIX + "MEDIUMINT_UNSIGNED", ranged("INTEGER", "0", "16777215"));
		definitions.put(PREFIX + "INT_UNSIGNED", ranged("BIGINT", "0", "4294967295"));
		definitions.put(PREFIX + "BIGINT_UNSIGNED", ranged("NUMERIC(20)", "0", "18446744073709551615"));
		definitions.put(PREFIX + "YEAR", "SMALLINT CHECK (VALUE = 0 OR VALUE BETWEEN 1901 AND 2155)");
		definitions.put(PREFIX + "BIT", "BIGINT");
		for (int digits = 0; digits <= MAX_FRACTION_DIGITS; digits++) {
			definitions.put(PREFIX + "TIMESTAMP_" + digits, "TIMESTAMP(" + digits + ")");
			definitions.put(PREFIX + "TIME_" + digits, H2Types.timeInterval(digits) + " CHECK (VALUE IS NULL OR "
					+ Identifiers.quote(H2Dialect.HELPER_SCHEMA) + "." + H2FunctionCatalog.TIME_IN_RANGE + "(VALUE))");
		}
		return definitions;
	}

	private static String ranged(String type, String min, String max) {
		return type + " CHECK (VALUE BETWEEN " + min + " AND " + max + ")";
	}

}
