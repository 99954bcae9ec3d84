package io.github.singlestorehttp.local.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The SingleStore types of result columns where MariaDB's type name alone would report another: unsigned integers,
 * {@code MEDIUMINT}, {@code YEAR}, {@code BIT}, the {@code TEXT} and {@code BLOB} sizes, {@code JSON} and
 * {@code TIMESTAMP} by MariaDB's name, and the columns {@link MariaDbTypes} marked with a comment (vectors,
 * geography, BSON) by that comment. The marked columns of all databases are read once and again after a statement
 * that changes a schema, before the next statement runs, so that no lookup runs while a result streams.
 */
final class MarkedColumns {

	private static final Set<String> BY_NAME = Set.of("MEDIUMINT", "YEAR", "BIT", "TINYTEXT", "TEXT", "MEDIUMTEXT",
			"LONGTEXT", "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB", "JSON");

	private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT");

	private static final Pattern VECTOR = Pattern.compile("VECTOR\\((\\d+), (\\w+)\\)");

	private static final String UNSIGNED = " UNSIGNED";

	private volatile @Nullable Map<String, String> marked;

	/**
	 * Reads the marked columns if a schema changed since they were last read.
	 * @param connection a connection with no result open
	 * @throws SQLException if the lookup fails
	 */
	void refreshIfStale(Connection connection) throws SQLException {
		if (this.marked != null) {
			return;
		}
		Map<String, String> columns = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_COMMENT "
						+ "FROM information_schema.COLUMNS WHERE COLUMN_COMMENT LIKE '" + MariaDbTypes.MARKER_PREFIX
						+ "%'")) {
			while (rows.next()) {
				String type = declaredType(rows.getString(4).substring(MariaDbTypes.MARKER_PREFIX.length()));
				columns.put(key(rows.getString(1), rows.getString(2), rows.getString(3)), type);
			}
		}
		this.marked = columns;
	}

	/** Makes the next {@link #refreshIfStale} read the marked columns again. */
	void forget() {
		this.marked = null;
	}

	/**
	 * The declared types of a result's columns, as {@link io.github.singlestorehttp.local.result.ColumnMapper}
	 * reads them.
	 * @param metaData the result's metadata
	 * @return declared type names by 1-based column index
	 * @throws SQLException if the metadata cannot be read
	 */
	Map<Integer, String> of(ResultSetMetaData metaData) throws SQLException {
		Map<String, String> known = this.marked;
		Map<Integer, String> types = new HashMap<>();
		for (int column = 1; column <= metaData.getColumnCount(); column++) {
			String markedType = (known != null && !metaData.getTableName(column).isEmpty())
					? known.get(key(metaData.getCatalogName(column), metaData.getTableName(column),
							metaData.getColumnName(column)))
					: null;
			String type = (markedType != null) ? markedType : byName(metaData.getColumnTypeName(column));
			if (type != null) {
				types.put(column, type);
			}
		}
		return types;
	}

	private static @Nullable String byName(@Nullable String typeName) {
		if (typeName == null) {
			return null;
		}
		String name = typeName.toUpperCase(Locale.ROOT);
		if (name.endsWith(UNSIGNED)) {
			String signed = name.substring(0, name.length() - UNSIGNED.length()).replace("INTEGER", "INT");
			return INTEGERS.contains(signed) ? signed + "_UNSIGNED" : null;
		}
		if (name.equals("TIMESTAMP")) {
			return "SS_TIMESTAMP_";
		}
		return BY_NAME.contains(name) ? name : null;
	}

	private static String declaredType(String marker) {
		Matcher vector = VECTOR.matcher(marker);
		return vector.matches() ? "SS_VECTOR_" + vector.group(2) + "_" + vector.group(1) : marker;
	}

	private static String key(String schema, String table, String column) {
		return (schema + "\u0000" + table + "\u0000" + column).toLowerCase(Locale.ROOT);
	}

}
