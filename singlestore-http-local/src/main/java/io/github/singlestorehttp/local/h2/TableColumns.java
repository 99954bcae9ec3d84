package io.github.singlestorehttp.local.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The columns of tables, as INSERT statements need them ({@link InsertCoercion}): name, H2 data type and whether
 * the column is computed. Kept per table until {@link #forget()} is called after a statement that may change table
 * definitions.
 */
final class TableColumns {

	private final Map<String, List<Column>> columnsByTable = new ConcurrentHashMap<>();

	/**
	 * Returns the columns of a table in their order.
	 * @param connection a connection to look the table up with
	 * @param schema the table's schema
	 * @param table the table's name
	 * @return the columns; empty when there is no such table
	 * @throws SQLException if the lookup fails
	 */
	List<Column> of(Connection connection, String schema, String table) throws SQLException {
		String key = schema + "\u0000" + table;
		List<Column> known = this.columnsByTable.get(key);
		if (known != null) {
			return known;
		}
		List<Column> columns = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE, IS_GENERATED FROM "
				+ "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND LOWER(TABLE_NAME) = LOWER(?) ORDER BY ORDINAL_POSITION")) {
			query.setString(1, schema);
			query.setString(2, table);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					columns.add(new Column(rows.getString(1), rows.getString(2), "ALWAYS".equals(rows.getString(3))));
				}
			}
		}
		List<Column> copy = List.copyOf(columns);
		this.columnsByTable.put(key, copy);
		return copy;
	}

	/**
	 * Drops what was learned, as table definitions may have changed.
	 */
	void forget() {
		this.columnsByTable.clear();
	}

	/**
	 * A column of a table.
	 *
	 * @param name the column's name
	 * @param dataType H2's data type name, such as {@code DATE}
	 * @param computed whether the column is computed from others
	 */
	record Column(String name, String dataType, boolean computed) {
	}

}
