package io.github.singlestorehttp.client.codec;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Refuses statements that depend on session state across requests, which the Data API cannot honour:
 * every request may run on a different pooled server connection, so a {@code BEGIN}, a session or user
 * variable (any {@code SET} but {@code SET GLOBAL} and {@code SET PASSWORD}), a {@code USE}, a lock or a
 * temporary table (of any table kind, but not {@code GLOBAL TEMPORARY}, which sessions share) would silently
 * not apply to the next statement. The statement is read as the server reads it, executable comments
 * {@code /*!…*}{@code /} included.
 * Also refuses several statements in one request, which the Data API rejects.
 */
final class SessionStatementGuard {

	private static final String TRANSACTIONS = "relies on a transaction spanning requests; make the change one "
			+ "statement (INSERT … SELECT, a multi-row INSERT, batchUpdate, UPDATE with a join) or use a JDBC "
			+ "connection for multi-statement transactions";

	private static final String SESSION_VARIABLES = "sets a session or user variable (SET x, SET @@x, SET @x, "
			+ "SET SESSION, SET NAMES all do), which the next request will not see; set it globally (SET GLOBAL) "
			+ "or pass the value in the statement itself";

	private static final String TEMPORARY_TABLES = "creates a table that lives in one server session and may be "
			+ "invisible to the next request; use a regular table (or a GLOBAL TEMPORARY one) and drop it when done";

	/** {@code CREATE [table kinds] TEMPORARY TABLE}, but not {@code GLOBAL TEMPORARY}, which sessions share. */
	private static final Pattern TEMPORARY_TABLE = Pattern
		.compile("CREATE(?: (?!GLOBAL\\b)[A-Z_]+)* TEMPORARY TABLE\\b");

	private static final Pattern GLOBAL_ASSIGNMENT = Pattern.compile("\\s*(GLOBAL\\s|@@GLOBAL\\.).*", Pattern.DOTALL);

	private static final String LOCKS = "locks tables for a session; single statements already run atomically";

	private static final List<Rule> RULES = List.of(new Rule("BEGIN", TRANSACTIONS),
			new Rule("START TRANSACTION", TRANSACTIONS), new Rule("COMMIT", TRANSACTIONS),
			new Rule("ROLLBACK", TRANSACTIONS), new Rule("SAVEPOINT", TRANSACTIONS),
			new Rule("RELEASE SAVEPOINT", TRANSACTIONS), new Rule("SET AUTOCOMMIT", TRANSACTIONS),
			new Rule("SET TRANSACTION", TRANSACTIONS),
			new Rule("USE", "changes the default database for a session only; configure the database "
					+ "(singlestore.http.database) or qualify table names as db.table"),
			new Rule("LOCK TABLES", LOCKS), new Rule("UNLOCK TABLES", LOCKS));

	private SessionStatementGuard() {
	}

	static void check(String sql) {
		String code = SqlScanner.leadingCode(sql);
		for (Rule rule : RULES) {
			if (rule.matches(code)) {
				throw refused(rule.keywords(), rule.reason(), sql);
			}
		}
		if (TEMPORARY_TABLE.matcher(code).lookingAt()) {
			throw refused("CREATE TEMPORARY TABLE", TEMPORARY_TABLES, sql);
		}
		if (new Rule("SET", SESSION_VARIABLES).matches(code) && !setsOnlyGlobalState(sql, code)) {
			throw refused("SET", SESSION_VARIABLES, sql);
		}
		if (SqlScanner.hasSeveralStatements(sql)) {
			throw new InvalidDataAccessApiUsageException(
					"The Data API runs one statement per request; send the statements separately: " + sql);
		}
	}

	/**
	 * Whether a {@code SET} statement changes only state that outlives the session: an account's password,
	 * or global variables, each assignment starting with {@code GLOBAL} or {@code @@GLOBAL.}. A plain
	 * {@code SET x}, {@code SET @@x} and {@code SET @x} change the session.
	 */
	private static boolean setsOnlyGlobalState(String sql, String code) {
		if (new Rule("SET PASSWORD", "").matches(code)) {
			return true;
		}
		String assignments = SqlScanner.codeOutsideParentheses(sql).trim().substring("SET".length());
		return Arrays.stream(assignments.split(",")).allMatch((assignment) -> GLOBAL_ASSIGNMENT.matcher(assignment).matches());
	}

	private static InvalidDataAccessApiUsageException refused(String keywords, String reason, String sql) {
		return new InvalidDataAccessApiUsageException(keywords + " cannot work over the Data API, which runs every "
				+ "request on any pooled server connection: the statement " + reason + ": " + sql);
	}

	private record Rule(String keywords, String reason) {

		boolean matches(String code) {
			if (!code.startsWith(this.keywords)) {
				return false;
			}
			return code.length() == this.keywords.length() || !Character.isLetterOrDigit(code.charAt(this.keywords.length()))
					&& code.charAt(this.keywords.length()) != '_';
		}

	}

}
