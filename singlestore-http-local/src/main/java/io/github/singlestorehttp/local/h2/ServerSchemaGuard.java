package io.github.singlestorehttp.local.h2;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.singlestorehttp.local.sql.SqlError;

/**
 * Denies statements that would drop, rename or change the helper schema {@value H2Dialect#HELPER_SCHEMA} or anything
 * in it: without its {@code FROM_BASE64} every later request with a {@code byte[]} argument fails. A statement is
 * denied when it defines or removes objects ({@code CREATE}, {@code ALTER}, {@code DROP}, {@code RENAME},
 * {@code TRUNCATE}, {@code COMMENT}, {@code GRANT}, {@code REVOKE}; {@code DROP DATABASE} included) and names the
 * schema in any spelling: any case, quoted with {@code "} or {@code `}, between comments.
 * <p>
 * H2's user rights cannot do this on their own: requests run as a user with {@code ALTER ANY SCHEMA}, which H2 needs
 * to let them create databases, and that right covers every schema. The denial is error 1044 ({@code 42000}),
 * which is what SingleStore and MySQL answer for a database the user may not change, such as
 * {@code DROP DATABASE information_schema}; unlike 1064 it tells the caller that the statement was understood.
 */
final class ServerSchemaGuard {

	private static final Set<String> DEFINING_KEYWORDS = Set.of("CREATE", "ALTER", "DROP", "RENAME", "TRUNCATE",
			"COMMENT", "GRANT", "REVOKE");

	private static final String NAME = H2Dialect.HELPER_SCHEMA.toUpperCase(Locale.ROOT);

	private ServerSchemaGuard() {
	}

	/**
	 * Denies a statement that would change the helper schema.
	 * @param firstKeyword the statement's first keyword
	 * @param tokens the statement's tokens, as {@link io.github.singlestorehttp.local.sql.SingleStatement#tokens()}
	 * gives them
	 * @throws SqlError 1044 if the statement defines or removes objects and names the helper schema
	 */
	static void denyChanges(String firstKeyword, List<String> tokens) throws SqlError {
		if (DEFINING_KEYWORDS.contains(firstKeyword) && tokens.stream().anyMatch(ServerSchemaGuard::namesSchema)) {
			throw new SqlError(1044, "42000", "Access denied to database '" + H2Dialect.HELPER_SCHEMA
					+ "', which holds the local server's own functions");
		}
	}

	private static boolean namesSchema(String token) {
		return token.equals(NAME) || token.equals('"' + NAME + '"');
	}

}
