package io.github.singlestorehttp.local.sql;

import java.util.List;

/**
 * The one statement of a request. The Data API runs exactly one statement per request: trailing semicolons are
 * allowed, a second statement is a syntax error and no statement at all is error 1065.
 */
public final class SingleStatement {

	private static final int MAX_QUOTED_LENGTH = 40;

	private final String text;

	private final List<String> tokens;

	private SingleStatement(String text, List<String> tokens) {
		this.text = text;
		this.tokens = List.copyOf(tokens);
	}

	/**
	 * Checks the request's SQL and extracts its statement.
	 * @param sql the SQL text of the request
	 * @return the statement
	 * @throws SqlError 1065 when there is no statement, 1064 when there is more than one
	 */
	public static SingleStatement of(String sql) throws SqlError {
		SqlScanner scanner = new SqlScanner(sql);
		int separator = scanner.firstSeparator();
		if (!scanner.isBlank(separator, sql.length())) {
			throw moreThanOneStatement(sql.substring(separator + 1).strip());
		}
		if (scanner.isBlank(0, separator)) {
			throw SqlError.queryWasEmpty();
		}
		return new SingleStatement(sql.substring(0, separator).strip(), scanner.tokens(0, separator));
	}

	/**
	 * The statement text, without trailing semicolons.
	 * @return the statement
	 */
	public String text() {
		return this.text;
	}

	/**
	 * The statement's first keyword, such as {@code SELECT} or {@code INSERT}.
	 * @return the keyword in upper case, or an empty string
	 */
	public String firstKeyword() {
		return this.tokens.stream()
			.filter((token) -> !token.equals("("))
			.findFirst()
			.filter((token) -> Character.isLetter(token.charAt(0)))
			.orElse("");
	}

	/**
	 * The statement's tokens as H2 reads them, without whitespace and comments: words (keywords, unquoted
	 * identifiers, numbers) in upper case, quoted identifiers as their upper-case name between {@code "}, each string
	 * literal as {@code '}, and every other character on its own.
	 * @return the tokens, in order
	 */
	public List<String> tokens() {
		return this.tokens;
	}

	private static SqlError moreThanOneStatement(String rest) {
		String near = (rest.length() <= MAX_QUOTED_LENGTH) ? rest : rest.substring(0, MAX_QUOTED_LENGTH) + "...";
		return new SqlError(1064, "42000", "You have an error in your SQL syntax; the Data API runs one statement "
				+ "per request, but another statement follows ';' near '" + near + "'");
	}

}
