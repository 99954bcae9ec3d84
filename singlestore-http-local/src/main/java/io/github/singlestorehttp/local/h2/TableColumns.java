package io.github.singlestorehttp.local.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The columns of tables, as statements rewritten with their tables' columns in view need them
 * ({@link InsertCoercion}, {@link ColumnStringForms}): name, H2 data type, domain and whether the column is
 * computed. Kept per table until {@link #forget()} is called after a statement that may change table
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
		try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE, DOMAIN_NAME, "
				+ "IS_GENERATED FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND LOWER(TABLE_NAME) = LOWER(?) "
				+ "ORDER BY ORDINAL_POSITION")) {
			query.setString(1, schema);
			query.setString(2, table);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					columns.add(new Column(rows.getString(1), rows.getString(2), rows.getString(3),
							"ALWAYS".equals(rows.getString(4))));
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
	 * @param domain the name of the column's domain (such as {@code SS_VECTOR_F32_3}), or {@code null}
	 * @param computed whether the column is computed from others
	 */
	record Column(String name, String dataType, @Nullable String domain, boolean computed) {

		private static final String TIME_DOMAIN_PREFIX = MySqlTypeDomains.PREFIX + "TIME_";

		/**
		 * Tells whether this is a {@code TIME} column, an interval domain of {@link MySqlTypeDomains}.
		 * @return {@code true} for a TIME column
		 */
		boolean isTime() {
			return upperCaseDomain().startsWith(TIME_DOMAIN_PREFIX);
		}

		/**
		 * The element type of a {@code VECTOR} column ({@link VectorDomain}), such as {@code F32}.
		 * @return the element type, or {@code null} when this is no vector column
		 */
		@Nullable String vectorElementType() {
			String domain = upperCaseDomain();
			return domain.startsWith(VectorDomain.PREFIX) ? domain.substring(VectorDomain.PREFIX.length()).split("_")[0]
					: null;
		}

		private String upperCaseDomain() {
			return (this.domain != null) ? this.domain.toUpperCase(Locale.ROOT) : "";
		}

	}

}
