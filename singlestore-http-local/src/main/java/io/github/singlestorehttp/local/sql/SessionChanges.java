package io.github.singlestorehttp.local.sql;

import java.util.List;
import java.util.Set;

/**
 * Recognizes statements that may leave state behind in the session they run in: {@code SET} statements (user
 * variables, the schema search path, the lock timeout, the isolation level, the time zone, other session settings),
 * {@code USE}, temporary tables ({@code CREATE … TEMPORARY …}, H2's {@code DECLARE LOCAL TEMPORARY TABLE}) and
 * user-variable assignments inside other statements ({@code @x := …}, H2's {@code SET(@x, …)}, MySQL's
 * {@code … INTO @x}). The Data API keeps no session state between requests, so the connection such a statement ran
 * on is not used again.
 */
final class SessionChanges {

	private static final Set<String> SESSION_STATEMENTS = Set.of("SET", "USE", "DECLARE");

	private SessionChanges() {
	}

	/**
	 * Tells whether a statement may change the state of its session.
	 * @param statement the statement
	 * @return {@code true} if it may
	 */
	static boolean mayChange(SingleStatement statement) {
		List<String> tokens = statement.tokens();
		if (SESSION_STATEMENTS.contains(statement.firstKeyword())
				|| (statement.firstKeyword().equals("CREATE") && tokens.contains("TEMPORARY"))) {
			return true;
		}
		for (int index = 0; index + 1 < tokens.size(); index++) {
			String token = tokens.get(index);
			String next = tokens.get(index + 1);
			if ((token.equals(":") && next.equals("=")) || (token.equals("SET") && next.equals("("))
					|| (token.equals("INTO") && next.equals("@"))) {
				return true;
			}
		}
		return false;
	}

}
