package io.github.singlestorehttp.local.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds which result columns come from table columns declared with a domain (such as the TEXT and BLOB kinds of
 * {@link MySqlTypeDomains}). Looking a table up costs an information-schema query, so the answer is kept per table
 * until {@link #forget()} is called after a statement that may change table definitions.
 */
final class ColumnDomains {

	private final Map<TableName, Map<String, String>> domainsByTable = new ConcurrentHashMap<>();

	/**
	 * Returns the domain names of the columns of a result.
	 * @param connection a connection to look tables up with
	 * @param metaData the result's metadata
	 * @return upper-case domain names by 1-based column index, for the columns that have one
	 * @throws SQLException if a lookup fails
	 */
	Map<Integer, String> of(Connection connection, ResultSetMetaData metaData) throws SQLException {
		Map<Integer, String> domains = new HashMap<>();
		for (int column = 1; column <= metaData.getColumnCount(); column++) {
			String table = metaData.getTableName(column);
			if (table == null || table.isEmpty()) {
				continue;
			}
			String domain = domainsOf(connection, new TableName(metaData.getSchemaName(column), table))
				.get(metaData.getColumnName(column));
			if (domain != null) {
				domains.put(column, domain);
			}
		}
		return domains;
	}

	/**
	 * Drops what was learned, as table definitions may have changed.
	 */
	void forget() {
		this.domainsByTable.clear();
	}

	private Map<String, String> domainsOf(Connection connection, TableName table) throws SQLException {
		Map<String, String> known = this.domainsByTable.get(table);
		if (known != null) {
			return known;
		}
		Map<String, String> domains = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_NAME, DOMAIN_NAME FROM "
				+ "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND DOMAIN_NAME IS NOT NULL")) {
			query.setString(1, table.schema());
			query.setString(2, table.name());
			try (ResultSet columns = query.executeQuery()) {
				while (columns.next()) {
					domains.put(columns.getString(1), columns.getString(2).toUpperCase(Locale.ROOT));
				}
			}
		}
		this.domainsByTable.put(table, Map.copyOf(domains));
		return domains;
	}

	private record TableName(String schema, String name) {
	}

}
