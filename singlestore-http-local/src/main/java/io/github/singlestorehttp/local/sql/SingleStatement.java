package io.github.singlestorehttp.local.sql;

import java.util.List;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.MySqlLexer;
import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.dialect.UnsupportedStatements;

/**
 * The one statement of a request, read by SingleStore's lexical rules ({@link MySqlLexer}). The Data API runs
 * exactly one statement per request: trailing semicolons are allowed, a second statement is a syntax error and no
 * statement at all is error 1065.
 */
public final class SingleStatement {

	private static final int MAX_QUOTED_LENGTH = 40;

	private final String text;

	private final List<Token> tokens;

	private SingleStatement(String text, List<Token> tokens) {
		this.text = text;
		this.tokens = List.copyOf(tokens);
	}

	/**
	 * Checks the request's SQL and extracts its statement.
	 * @param sql the SQL text of the request
	 * @return the statement
	 * @throws SqlError 1065 when there is no statement, 1064 when there is more than one or the text cannot be read,
	 * 1706 for a statement the local server cannot emulate (such as a procedure, whose body holds several)
	 */
	public static SingleStatement of(String sql) throws SqlError {
		List<Token> tokens = tokenize(sql);
		int separator = 0;
		while (separator < tokens.size() && !tokens.get(separator).is(";")) {
			separator++;
		}
		for (int index = separator; index < tokens.size(); index++) {
			if (!tokens.get(index).is(";")) {
				throw moreThanOneStatement(sql.substring(tokens.get(index).offset()).strip());
			}
		}
		if (separator == 0) {
			throw SqlError.queryWasEmpty();
		}
		String text = (separator < tokens.size()) ? sql.substring(0, tokens.get(separator).offset()) : sql;
		return new SingleStatement(text.strip(), tokens.subList(0, separator));
	}

	private static List<Token> tokenize(String sql) throws SqlError {
		try {
			List<Token> tokens = MySqlLexer.tokenize(sql);
			UnsupportedStatements.check(tokens);
			return tokens;
		}
		catch (DialectException ex) {
			throw new SqlError(ex.code(), ex.sqlState(), ex.getMessage());
		}
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
			.filter((token) -> !token.is("("))
			.findFirst()
			.filter((token) -> token.kind() == Token.Kind.WORD)
			.map(Token::upper)
			.orElse("");
	}

	/**
	 * The statement's tokens, without whitespace and comments.
	 * @return the tokens, in order
	 */
	public List<Token> tokens() {
		return this.tokens;
	}

	private static SqlError moreThanOneStatement(String rest) {
		String near = (rest.length() <= MAX_QUOTED_LENGTH) ? rest : rest.substring(0, MAX_QUOTED_LENGTH) + "...";
		return new SqlError(1064, "42000", "You have an error in your SQL syntax; the Data API runs one statement "
				+ "per request, but another statement follows ';' near '" + near + "'");
	}

}
