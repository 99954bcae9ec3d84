package io.github.singlestorehttp.local.h2;

import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.SingleStoreTranslator;
import io.github.singlestorehttp.local.dialect.SingleStoreTranslator.Translation;
import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.sql.DatabaseDialect;
import io.github.singlestorehttp.local.sql.HelperSchemaTables;
import io.github.singlestorehttp.local.sql.SingleStatement;
import io.github.singlestorehttp.local.sql.SqlError;
import org.h2.api.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * The H2 dialect. Databases are schemas (created with MySQL's type domains); {@code CREATE DATABASE} and
 * {@code DROP DATABASE} become schema statements; the functions {@code FROM_BASE64} and {@code TO_BASE64} live in
 * the helper schema {@value #HELPER_SCHEMA}, which every connection searches. The helper schema is also where
 * requests without a database run, so that an unqualified table name finds nothing there. H2 statements and
 * functions that SingleStore does not have and that reach beyond the request's data, such as {@code SHUTDOWN},
 * {@code CREATE ALIAS} or {@code FILE_READ}, are refused with error 1064 (see {@link H2OnlyStatements}). Statements
 * that would drop or change the helper schema are denied with error 1044 (see {@link ServerSchemaGuard}).
 */
public final class H2Dialect implements DatabaseDialect {

	/** The schema that holds the helper functions and serves requests without a database. */
	public static final String HELPER_SCHEMA = "singlestore_local";

	private static final String URL_PREFIX = "jdbc:h2:";

	private static final Set<String> SCHEMA_CHANGING_KEYWORDS = Set.of("CREATE", "ALTER", "DROP", "RENAME");

	private static final Set<String> INSERT_KEYWORDS = Set.of("INSERT", "REPLACE");

	private final ColumnDomains columnDomains = new ColumnDomains();

	private final TableColumns tableColumns = new TableColumns();

	private final SingleStoreTranslator translator = new SingleStoreTranslator(
			new H2TargetDialect(EmulatedFunctions.names()));

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
			EmulatedFunctions.installIn(connection, HELPER_SCHEMA);
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
	public void checkSupported(SingleStatement statement) throws SqlError {
		String sql = translation(statement).sql();
		List<String> tokens = new SqlScanner(sql).tokens(0, sql.length());
		ServerSchemaGuard.denyChanges(statement.firstKeyword(), tokens);
		H2OnlyStatements.refuse(tokens);
	}

	@Override
	public String executableSql(Connection connection, SingleStatement statement, @Nullable String database)
			throws SqlError, SQLException {
		Optional<DatabaseCommand> command = DatabaseCommand.parse(statement.text());
		if (command.isPresent()) {
			return command.get().toSchemaSql();
		}
		Translation translation = translation(statement);
		String sql = translation.sql();
		if (database != null) {
			Optional<List<Token>> rewritten = withColumnsInView(connection, statement, translation, database);
			if (rewritten.isPresent()) {
				sql = translated(rewritten.get()).sql();
			}
		}
		return (database != null) ? sql.replace(H2ShowStatements.DATABASE_MARKER, database) : sql;
	}

	/**
	 * Rewrites a statement with its tables' columns in view, where it needs that: an INSERT or UPDATE whose values
	 * need converting ({@link InsertCoercion}, {@link UpdateCoercion}), or string functions that take a VECTOR or TIME
	 * column ({@link ColumnStringForms}). Other statements cost no lookup.
	 */
	private Optional<List<Token>> withColumnsInView(Connection connection, SingleStatement statement,
			Translation translation, String database) throws SQLException {
		InsertCoercion.ColumnLookup lookup = (schema, table) -> this.tableColumns.of(connection, schema, table);
		List<Token> tokens = statement.tokens();
		boolean changed = false;
		if (translation.columnStringArguments()) {
			Optional<List<Token>> stringForms = ColumnStringForms.rewrite(tokens, database, lookup);
			if (stringForms.isPresent()) {
				tokens = stringForms.get();
				changed = true;
			}
		}
		String keyword = statement.firstKeyword();
		Optional<List<Token>> coerced = INSERT_KEYWORDS.contains(keyword)
				? InsertCoercion.rewrite(tokens, database, lookup)
				: (keyword.equals("UPDATE") ? UpdateCoercion.rewrite(tokens, database, lookup) : Optional.empty());
		if (coerced.isPresent()) {
			tokens = coerced.get();
			changed = true;
		}
		return changed ? Optional.of(tokens) : Optional.empty();
	}

	@Override
	public void beforeStatement(Connection connection, SingleStatement statement) throws SqlError, SQLException {
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

	private Translation translated(List<Token> tokens) throws SqlError {
		try {
			return this.translator.translate(tokens);
		}
		catch (DialectException ex) {
			throw new SqlError(ex.code(), ex.sqlState(), ex.getMessage());
		}
	}

	private Translation translation(SingleStatement statement) throws SqlError {
		try {
			return this.translator.translate(statement.text());
		}
		catch (DialectException ex) {
			throw new SqlError(ex.code(), ex.sqlState(), ex.getMessage());
		}
	}

	@Override
	public void afterStatement(Connection connection, SingleStatement statement) throws SQLException {
		if (SCHEMA_CHANGING_KEYWORDS.contains(statement.firstKeyword())) {
			this.columnDomains.forget();
			this.tableColumns.forget();
		}
		Optional<DatabaseCommand> command = DatabaseCommand.parse(statement.text());
		if (command.isPresent() && command.get().create()) {
			MySqlTypeDomains.installIn(connection, command.get().name());
		}
	}

	@Override
	public boolean removeObjectsCreatedWithoutDatabase(Connection connection) throws SQLException {
		return HelperSchemaTables.dropAll(connection, HELPER_SCHEMA, Identifiers::quote, " CASCADE");
	}

	@Override
	public Map<Integer, String> declaredTypes(Connection connection, ResultSetMetaData metaData)
			throws SQLException {
		return this.columnDomains.of(connection, metaData);
	}

	@Override
	public SqlError translate(SQLException exception, @Nullable String database) {
		return MySqlWording.reword(H2ErrorTranslator.translate(exception), database);
	}

	private static String createFunction(String schema, String name, String method) {
		return "CREATE ALIAS IF NOT EXISTS " + schema + "." + name + " FOR '" + Base64Functions.class.getName() + "."
				+ method + "'";
	}

}
