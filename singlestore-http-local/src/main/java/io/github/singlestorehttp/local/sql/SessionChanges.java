package io.github.singlestorehttp.local.sql;

import java.util.List;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.Token;

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
		List<Token> tokens = statement.tokens();
		if (SESSION_STATEMENTS.contains(statement.firstKeyword()) || (statement.firstKeyword().equals("CREATE")
				&& tokens.stream().anyMatch((token) -> token.isWord("TEMPORARY")))) {
			return true;
		}
		for (int index = 0; index < tokens.size(); index++) {
			Token token = tokens.get(index);
			Token next = (index + 1 < tokens.size()) ? tokens.get(index + 1) : null;
			if (token.is(":=") || (token.isWord("SET") && next != null && next.is("("))
					|| (token.isWord("INTO") && next != null && next.kind() == Token.Kind.VARIABLE)) {
				return true;
			}
		}
		return false;
	}

}
