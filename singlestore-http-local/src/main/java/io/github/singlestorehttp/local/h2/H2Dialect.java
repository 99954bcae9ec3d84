package io.github.singlestorehttp.local.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.singlestorehttp.local.sql.DatabaseDialect;
import io.github.singlestorehttp.local.sql.SingleStatement;
import io.github.singlestorehttp.local.sql.SqlError;
import org.h2.api.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * The H2 dialect. Databases are schemas (created with MySQL's type domains); {@code CREATE DATABASE} and
 * {@code DROP DATABASE} become schema statements; the functions {@code FROM_BASE64} and {@code TO_BASE64} live in
 * the helper schema {@value #HELPER_SCHEMA}, which every connection searches. The helper schema is also where
 * requests without a database run, so that an unqualified table name finds nothing there.
 */
public final class H2Dialect implements DatabaseDialect {

	/** The schema that holds the helper functions and serves requests without a database. */
	public static final String HELPER_SCHEMA = "singlestore_local";

	private static final String URL_PREFIX = "jdbc:h2:";

	/**
	 * Tells whether a JDBC URL points at an H2 database.
	 * @param jdbcUrl the URL
	 * @return {@code true} for H2 URLs
	 */
	public static boolean supports(String jdbcUrl) {
		return jdbcUrl.regionMatches(true, 0, URL_PREFIX, 0, URL_PREFIX.length());
	}

	@Override
	public Optional<String> connectionInitSql() {
		return Optional.of("SET SCHEMA_SEARCH_PATH " + Identifiers.quote(HELPER_SCHEMA));
	}

	@Override
	public void initialize(Connection connection, String database) throws SQLException {
		String helper = Identifiers.quote(HELPER_SCHEMA);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + helper);
			statement.execute(createFunction(helper, "FROM_BASE64", "fromBase64"));
			statement.execute(createFunction(helper, "TO_BASE64", "toBase64"));
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(database));
		}
		MySqlTypeDomains.installIn(connection, database);
	}

	@Override
	public void selectDatabase(Connection connection, @Nullable String database) throws SqlError, SQLException {
		try {
			connection.setSchema((database != null) ? database : HELPER_SCHEMA);
		}
		catch (SQLException ex) {
			if (database != null && ex.getErrorCode() == ErrorCode.SCHEMA_NOT_FOUND_1) {
				throw SqlError.unknownDatabase(database);
			}
			throw ex;
		}
	}

	@Override
	public String executableSql(SingleStatement statement) {
		return DatabaseCommand.parse(statement.text()).map(DatabaseCommand::toSchemaSql).orElse(statement.text());
	}

	@Override
	public void afterStatement(Connection connection, SingleStatement statement) throws SQLException {
		Optional<DatabaseCommand> command = DatabaseCommand.parse(statement.text());
		if (command.isPresent() && command.get().create()) {
			MySqlTypeDomains.installIn(connection, command.get().name());
		}
	}

	@Override
	public boolean removeObjectsCreatedWithoutDatabase(Connection connection) throws SQLException {
		List<String> drops = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ?")) {
			query.setString(1, HELPER_SCHEMA);
			try (ResultSet tables = query.executeQuery()) {
				while (tables.next()) {
					String kind = "VIEW".equals(tables.getString(2)) ? "VIEW" : "TABLE";
					drops.add("DROP " + kind + " IF EXISTS " + Identifiers.quote(HELPER_SCHEMA) + "."
							+ Identifiers.quote(tables.getString(1)) + " CASCADE");
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

	@Override
	public Map<Integer, String> declaredTypes(Connection connection, ResultSetMetaData metaData)
			throws SQLException {
		Map<Integer, String> declaredTypes = new HashMap<>();
		Map<TableName, Map<String, String>> domainsByTable = new HashMap<>();
		for (int column = 1; column <= metaData.getColumnCount(); column++) {
			String table = metaData.getTableName(column);
			if (table == null || table.isEmpty()) {
				continue;
			}
			TableName key = new TableName(metaData.getSchemaName(column), table);
			Map<String, String> domains = domainsByTable.get(key);
			if (domains == null) {
				domains = columnDomains(connection, key);
				domainsByTable.put(key, domains);
			}
			String domain = domains.get(metaData.getColumnName(column));
			if (domain != null) {
				declaredTypes.put(column, domain);
			}
		}
		return declaredTypes;
	}

	@Override
	public SqlError translate(SQLException exception) {
		return H2ErrorTranslator.translate(exception);
	}

	private static Map<String, String> columnDomains(Connection connection, TableName table) throws SQLException {
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
		return domains;
	}

	private static String createFunction(String schema, String name, String method) {
		return "CREATE ALIAS IF NOT EXISTS " + schema + "." + name + " FOR '" + Base64Functions.class.getName() + "."
				+ method + "'";
	}

	private record TableName(String schema, String name) {
	}

}
