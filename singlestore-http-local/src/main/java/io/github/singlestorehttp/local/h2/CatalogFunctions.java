package io.github.singlestorehttp.local.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Functions behind {@link H2ShowStatements}: a column's type as MySQL writes it, its default as MySQL shows it, and
 * a table's definition for {@code SHOW CREATE TABLE}. Registered in H2 as {@code SS_COLUMN_TYPE},
 * {@code SS_COLUMN_DEFAULT} and {@code SS_SHOW_CREATE_TABLE}.
 */
public final class CatalogFunctions {

	/** The domains named after a temporal type and its fractional seconds digits, such as {@code SS_TIME_6}. */
	private static final List<String> FRACTIONAL_DOMAINS = List.of("TIMESTAMP", "TIME");

	private CatalogFunctions() {
	}

	/**
	 * A column's type as MySQL's {@code DESCRIBE} writes it, such as {@code bigint(20)} or {@code varchar(10)}.
	 * @param dataType H2's data type name
	 * @param domain the column's domain, or {@code null}
	 * @param length the character length, or {@code null}
	 * @param precision the numeric precision, or {@code null}
	 * @param scale the numeric scale, or {@code null}
	 * @param fractionDigits the fractional seconds digits, or {@code null}
	 * @return the type
	 */
	public static String columnType(String dataType, @Nullable String domain, @Nullable Long length,
			@Nullable Integer precision, @Nullable Integer scale, @Nullable Integer fractionDigits) {
		if (domain != null) {
			return domainType(domain.toUpperCase(Locale.ROOT));
		}
		String type = dataType.toUpperCase(Locale.ROOT);
		int fraction = (fractionDigits != null) ? fractionDigits : 0;
		return switch (type) {
			case "TINYINT" -> "tinyint(4)";
			case "SMALLINT" -> "smallint(6)";
			case "INTEGER" -> "int(11)";
			case "BIGINT" -> "bigint(20)";
			case "BOOLEAN" -> "tinyint(1)";
			case "REAL" -> "float";
			case "DOUBLE PRECISION" -> "double";
			case "NUMERIC", "DECIMAL" -> "decimal(" + precision + "," + scale + ")";
			case "CHARACTER VARYING" -> "varchar(" + length + ")";
			case "CHARACTER" -> "char(" + length + ")";
			case "BINARY VARYING" -> "varbinary(" + length + ")";
			case "BINARY" -> "binary(" + length + ")";
			case "TIMESTAMP" -> (fraction > 0) ? "datetime(" + fraction + ")" : "datetime";
			case "TIME" -> (fraction > 0) ? "time(" + fraction + ")" : "time";
			default -> type.toLowerCase(Locale.ROOT);
		};
	}

	private static String domainType(String domain) {
		if (domain.startsWith(VectorDomain.PREFIX)) {
			String[] parts = domain.substring(VectorDomain.PREFIX.length()).split("_");
			return "vector(" + parts[1] + ", " + parts[0] + ")";
		}
		String name = domain.startsWith(MySqlTypeDomains.PREFIX) ? domain.substring(MySqlTypeDomains.PREFIX.length())
				: domain;
		for (String temporal : FRACTIONAL_DOMAINS) {
			if (name.startsWith(temporal + "_")) {
				String digits = name.substring(temporal.length() + 1);
				String type = temporal.toLowerCase(Locale.ROOT);
				return digits.equals("0") ? type : type + "(" + digits + ")";
			}
		}
		return switch (name) {
			case "TINYINT_UNSIGNED" -> "tinyint(3) unsigned";
			case "SMALLINT_UNSIGNED" -> "smallint(5) unsigned";
			case "MEDIUMINT" -> "mediumint(8)";
			case "MEDIUMINT_UNSIGNED" -> "mediumint(8) unsigned";
			case "INT_UNSIGNED" -> "int(10) unsigned";
			case "BIGINT_UNSIGNED" -> "bigint(20) unsigned";
			case "YEAR" -> "year(4)";
			case "BIT" -> "bit(64)";
			default -> name.toLowerCase(Locale.ROOT);
		};
	}

	/**
	 * A column's default as MySQL shows it: the value without quotes, or {@code null} for none.
	 * @param expression H2's default expression
	 * @return the default
	 */
	public static @Nullable String columnDefault(@Nullable String expression) {
		if (expression == null || expression.equalsIgnoreCase("NULL")) {
			return null;
		}
		if (expression.length() >= 2 && expression.startsWith("'") && expression.endsWith("'")) {
			return expression.substring(1, expression.length() - 1).replace("''", "'");
		}
		return expression;
	}

	/**
	 * A table's definition as {@code SHOW CREATE TABLE} gives it, in SingleStore's syntax.
	 * @param connection the connection the statement runs on
	 * @param schema the table's schema
	 * @param table the table's name
	 * @return the definition
	 * @throws SQLException 1146 when the table does not exist
	 */
	public static String showCreateTable(Connection connection, String schema, String table) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (PreparedStatement columns = connection.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE, DOMAIN_NAME, "
				+ "CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, "
				+ "COLUMN_DEFAULT, IS_IDENTITY FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? "
				+ "AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
			columns.setString(1, schema);
			columns.setString(2, table);
			try (ResultSet rows = columns.executeQuery()) {
				while (rows.next()) {
					lines.add(columnLine(rows));
				}
			}
		}
		if (lines.isEmpty()) {
			throw new SQLException("Table '" + schema + "." + table + "' doesn't exist", "42S02", 1146);
		}
		lines.addAll(keyLines(connection, schema, table));
		return "CREATE TABLE `" + table + "` (\n  " + String.join(",\n  ", lines) + "\n)";
	}

	private static String columnLine(ResultSet rows) throws SQLException {
		String type = columnType(rows.getString(2), rows.getString(3), (Long) rows.getObject(4, Long.class),
				rows.getObject(5, Integer.class), rows.getObject(6, Integer.class), rows.getObject(7, Integer.class));
		StringBuilder line = new StringBuilder("`" + rows.getString(1) + "` " + type);
		if ("NO".equals(rows.getString(8))) {
			line.append(" NOT NULL");
		}
		String defaultValue = rows.getString(9);
		if (defaultValue != null && !"YES".equals(rows.getString(10))) {
			line.append(" DEFAULT ").append(defaultValue);
		}
		if ("YES".equals(rows.getString(10))) {
			line.append(" AUTO_INCREMENT");
		}
		return line.toString();
	}

	private static List<String> keyLines(Connection connection, String schema, String table) throws SQLException {
		List<String> keys = new ArrayList<>();
		try (PreparedStatement indexes = connection.prepareStatement("SELECT i.INDEX_TYPE_NAME, i.INDEX_NAME, "
				+ "LISTAGG('`' || ic.COLUMN_NAME || '`', ',') WITHIN GROUP (ORDER BY ic.ORDINAL_POSITION) "
				+ "FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic "
				+ "ON i.INDEX_SCHEMA = ic.INDEX_SCHEMA AND i.INDEX_NAME = ic.INDEX_NAME "
				+ "WHERE i.TABLE_SCHEMA = ? AND i.TABLE_NAME = ? GROUP BY i.INDEX_TYPE_NAME, i.INDEX_NAME "
				+ "ORDER BY i.INDEX_TYPE_NAME <> 'PRIMARY KEY', i.INDEX_NAME")) {
			indexes.setString(1, schema);
			indexes.setString(2, table);
			try (ResultSet rows = indexes.executeQuery()) {
				while (rows.next()) {
					String kind = rows.getString(1);
					String name = rows.getString(2).replaceAll("_INDEX_[0-9A-Fa-f]+$", "");
					keys.add(switch (kind) {
						case "PRIMARY KEY" -> "PRIMARY KEY (" + rows.getString(3) + ")";
						case "UNIQUE INDEX" -> "UNIQUE KEY `" + name + "` (" + rows.getString(3) + ")";
						default -> "KEY `" + name + "` (" + rows.getString(3) + ")";
					});
				}
			}
		}
		return keys;
	}

}
