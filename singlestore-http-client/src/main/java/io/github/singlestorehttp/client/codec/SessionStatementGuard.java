package io.github.singlestorehttp.client.codec;

import java.util.List;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Refuses statements that depend on session state across requests, which the Data API cannot honour:
 * every request may run on a different pooled server connection, so a {@code BEGIN}, a session
 * variable, a {@code USE}, a lock or a temporary table would silently not apply to the next statement.
 * Also refuses several statements in one request, which the Data API rejects.
 */
final class SessionStatementGuard {

	private static final String TRANSACTIONS = "relies on a transaction spanning requests; make the change one "
			+ "statement (INSERT … SELECT, a multi-row INSERT, batchUpdate, UPDATE with a join) or use a JDBC "
			+ "connection for multi-statement transactions";

	private static final String SESSION_VARIABLES = "sets a session variable, which the next request will not see; "
			+ "set it globally or pass the value in the statement itself";

	private static final String LOCKS = "locks tables for a session; single statements already run atomically";

	private static final List<Rule> RULES = List.of(new Rule("BEGIN", TRANSACTIONS),
			new Rule("START TRANSACTION", TRANSACTIONS), new Rule("COMMIT", TRANSACTIONS),
			new Rule("ROLLBACK", TRANSACTIONS), new Rule("SAVEPOINT", TRANSACTIONS),
			new Rule("RELEASE SAVEPOINT", TRANSACTIONS), new Rule("SET AUTOCOMMIT", TRANSACTIONS),
			new Rule("SET TRANSACTION", TRANSACTIONS),
			new Rule("USE", "changes the default database for a session only; configure the database "
					+ "(singlestore.http.database) or qualify table names as db.table"),
			new Rule("SET SESSION", SESSION_VARIABLES), new Rule("SET @@SESSION", SESSION_VARIABLES),
			new Rule("SET LOCAL", SESSION_VARIABLES), new Rule("SET @@LOCAL", SESSION_VARIABLES),
			new Rule("SET NAMES", SESSION_VARIABLES), new Rule("LOCK TABLES", LOCKS), new Rule("UNLOCK TABLES", LOCKS),
			new Rule("CREATE TEMPORARY TABLE", "creates a table that lives in one server session and may be invisible "
					+ "to the next request; use a regular table and drop it when done"));

	private SessionStatementGuard() {
	}

	static void check(String sql) {
		String code = SqlScanner.leadingCode(sql);
		for (Rule rule : RULES) {
			if (rule.matches(code)) {
				throw new InvalidDataAccessApiUsageException(rule.keywords() + " cannot work over the Data API, which "
						+ "runs every request on any pooled server connection: the statement " + rule.reason() + ": "
						+ sql);
			}
		}
		if (SqlScanner.hasSeveralStatements(sql)) {
			throw new InvalidDataAccessApiUsageException(
					"The Data API runs one statement per request; send the statements separately: " + sql);
		}
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
