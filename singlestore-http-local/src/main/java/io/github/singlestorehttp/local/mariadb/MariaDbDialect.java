package io.github.singlestorehttp.local.mariadb;

import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.MySqlLexer;
import io.github.singlestorehttp.local.dialect.SingleStoreTranslator;
import io.github.singlestorehttp.local.sql.DatabaseDialect;
import io.github.singlestorehttp.local.sql.HelperSchemaTables;
import io.github.singlestorehttp.local.sql.SingleStatement;
import io.github.singlestorehttp.local.sql.SqlError;
import org.jspecify.annotations.Nullable;

/**
 * The MariaDB dialect (MariaDB Connector/J, {@code jdbc:mariadb:} URLs). Data API databases are MariaDB databases;
 * statements pass through the SingleStore translation with {@link MariaDbTargetDialect}; MariaDB's own MySQL error
 * codes pass through unchanged, without the connector's connection marker and with MySQL's name in the syntax error's
 * reference to the manual, as SingleStore words it. The helper database {@value #HELPER_DATABASE} holds the stored functions that
 * emulate SingleStore's JSON and vector functions, and serves requests without a database (MariaDB cannot leave a
 * pooled connection without one), so that an unqualified table name finds nothing there. MariaDB statements that
 * reach beyond the request's data are refused with error 1064 (see {@link MariaDbOnlyStatements}).
 */
public final class MariaDbDialect implements DatabaseDialect {

	/** The database that holds the helper functions and serves requests without a database. */
	public static final String HELPER_DATABASE = "singlestore_local";

	private static final String URL_PREFIX = "jdbc:mariadb:";

	private static final Set<String> SCHEMA_CHANGING_KEYWORDS = Set.of("CREATE", "ALTER", "DROP", "RENAME");

	/** SingleStore's character set, for the databases the server creates. */
	private static final String UTF8MB4 = " CHARACTER SET utf8mb4";

	/** MariaDB's wording of the syntax error, and MySQL's, which SingleStore keeps. */
	private static final String MARIADB_MANUAL = "your MariaDB server version";

	private static final String MYSQL_MANUAL = "your MySQL server version";

	private static final Pattern CONNECTION_PREFIX = Pattern.compile("^\\(conn=\\d+\\) ");

	private final SingleStoreTranslator translator = new SingleStoreTranslator(
			new MariaDbTargetDialect(HELPER_DATABASE));

	private final MarkedColumns markedColumns = new MarkedColumns();

	/**
	 * Tells whether a JDBC URL points at a MariaDB (or MySQL) server through MariaDB Connector/J.
	 * @param jdbcUrl the URL
	 * @return {@code true} for {@code jdbc:mariadb:} URLs
	 */
	public static boolean supports(String jdbcUrl) {
		return jdbcUrl.regionMatches(true, 0, URL_PREFIX, 0, URL_PREFIX.length());
	}

	/**
	 * Counts the rows a statement changed, not the rows it matched, as SingleStore does.
	 */
	@Override
	public Map<String, String> connectionProperties() {
		return Map.of("useAffectedRows", "true");
	}

	@Override
	public Optional<String> connectionInitSql() {
		return Optional.empty();
	}

	@Override
	public void initialize(Connection connection, String database) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS " + MariaDbRenderer.quote(HELPER_DATABASE) + UTF8MB4);
			connection.setCatalog(HELPER_DATABASE);
			HelperFunctions.installIn(connection);
			statement.execute("CREATE DATABASE IF NOT EXISTS " + MariaDbRenderer.quote(database) + UTF8MB4);
		}
	}

	@Override
	public void selectDatabase(Connection connection, @Nullable String database) throws SqlError, SQLException {
		try {
			connection.setCatalog((database != null) ? database : HELPER_DATABASE);
		}
		catch (SQLException ex) {
			if (database != null && ex.getErrorCode() == 1049) {
				throw SqlError.unknownDatabase(database);
			}
			throw ex;
		}
	}

	@Override
	public void checkSupported(SingleStatement statement) throws SqlError {
		translation(statement);
		try {
			MariaDbOnlyStatements.refuse(MySqlLexer.tokenize(statement.text()));
		}
		catch (DialectException ex) {
			throw new SqlError(ex.code(), ex.sqlState(), ex.getMessage());
		}
	}

	@Override
	public String executableSql(Connection connection, SingleStatement statement, @Nullable String database)
			throws SqlError {
		return translation(statement).sql();
	}

	@Override
	public void beforeStatement(Connection connection, SingleStatement statement) throws SqlError, SQLException {
		this.markedColumns.refreshIfStale(connection);
		List<String> prerequisites = translation(statement).prerequisites();
		if (prerequisites.isEmpty()) {
			return;
		}
		try (Statement prerequisite = connection.createStatement()) {
			for (String sql : prerequisites) {
				prerequisite.execute(sql);
			}
		}
	}

	private SingleStoreTranslator.Translation translation(SingleStatement statement) throws SqlError {
		try {
			return this.translator.translate(statement.text());
		}
		catch (DialectException ex) {
			throw new SqlError(ex.code(), ex.sqlState(), ex.getMessage());
		}
	}

	@Override
	public void afterStatement(Connection connection, SingleStatement statement) {
		if (SCHEMA_CHANGING_KEYWORDS.contains(statement.firstKeyword())) {
			this.markedColumns.forget();
		}
	}

	@Override
	public boolean removeObjectsCreatedWithoutDatabase(Connection connection) throws SQLException {
		return HelperSchemaTables.dropAll(connection, HELPER_DATABASE, MariaDbRenderer::quote, "");
	}

	@Override
	public Map<Integer, String> declaredTypes(Connection connection, ResultSetMetaData metaData)
			throws SQLException {
		return this.markedColumns.of(metaData);
	}

	@Override
	public SqlError translate(SQLException exception, @Nullable String database) {
		int code = (exception.getErrorCode() > 0) ? exception.getErrorCode() : SqlError.UNKNOWN_ERROR;
		String sqlState = (exception.getSQLState() != null) ? exception.getSQLState() : "HY000";
		String message = CONNECTION_PREFIX.matcher(String.valueOf(exception.getMessage()))
			.replaceFirst("")
			.replace(MARIADB_MANUAL, MYSQL_MANUAL);
		return new SqlError(code, sqlState, message);
	}

}
