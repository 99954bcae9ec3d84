package io.github.singlestorehttp.local.mariadb;

import java.util.ArrayList;
import java.util.List;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.dialect.TokenList;

/**
 * Writes a statement for MariaDB, which reads MySQL's syntax as SingleStore does: tokens become text again
 * (string literals with MySQL's backslash escapes), and the functions SingleStore has and MariaDB lacks become
 * MariaDB expressions or calls of the stored functions in the helper database ({@code functions.sql}): the JSON
 * functions with a path built from their key arguments, the vector functions over JSON array text,
 * {@code GEOGRAPHY_POINT} as WKT text and {@code MATCH … AGAINST} as a substring search (no full-text index
 * locally) (see {@link FunctionCalls}). {@code GROUP BY ROLLUP(a, b)} becomes MariaDB's
 * {@code GROUP BY a, b WITH ROLLUP}, and the comment that marks a column's SingleStore type moves after a generated
 * column's expression, where MariaDB expects it.
 */
final class MariaDbRenderer {

	private final FunctionCalls functions;

	/**
	 * Creates a renderer.
	 * @param helperDatabase the database holding the stored functions
	 */
	MariaDbRenderer(String helperDatabase) {
		this.functions = new FunctionCalls(quote(helperDatabase) + ".");
	}

	String render(List<Token> tokens) throws DialectException {
		return text(rewrite(tokens)).strip();
	}

	private List<Token> rewrite(List<Token> in) throws DialectException {
		List<Token> out = new ArrayList<>(in.size());
		int index = 0;
		while (index < in.size()) {
			Token token = in.get(index);
			boolean call = token.kind() == Token.Kind.WORD && index + 1 < in.size() && in.get(index + 1).is("(")
					&& (out.isEmpty() || !out.get(out.size() - 1).is("."));
			if (call && token.isWord("MATCH")) {
				index = matchAgainst(in, index, out);
				continue;
			}
			if (call && token.isWord("CUBE") && !out.isEmpty() && out.get(out.size() - 1).isWord("BY")) {
				throw DialectException.notSupported("GROUP BY CUBE");
			}
			if (call && token.isWord("ROLLUP") && !out.isEmpty() && out.get(out.size() - 1).isWord("BY")) {
				int end = TokenList.closing(in, index + 1);
				List<Token> columns = rewrite(in.subList(index + 2, end));
				out.add(columns.get(0).withSpaceBefore(true));
				out.addAll(columns.subList(1, columns.size()));
				out.add(Token.word("WITH"));
				out.add(Token.word("ROLLUP"));
				index = end + 1;
				continue;
			}
			if (isTypeMarkerBeforeGeneratedColumn(in, index)) {
				int end = TokenList.closing(in, index + 3);
				out.addAll(rewrite(in.subList(index + 2, end + 1)));
				out.add(token);
				out.add(in.get(index + 1));
				index = end + 1;
				continue;
			}
			String replacement = null;
			int close = -1;
			if (call && FunctionCalls.rewrites(token.upper())) {
				close = TokenList.closing(in, index + 1);
				List<String> arguments = new ArrayList<>();
				for (List<Token> argument : TokenList.arguments(in, index + 1, close)) {
					arguments.add(text(rewrite(argument)).strip());
				}
				replacement = this.functions.translate(token.upper(), arguments,
						TokenList.arguments(in, index + 1, close));
			}
			if (replacement != null) {
				out.add(new Token(Token.Kind.WORD, replacement, token.spaceBefore(), -1));
				index = close + 1;
			}
			else if (call && FunctionCalls.renamed(token.upper()) != null) {
				out.add(new Token(Token.Kind.WORD, FunctionCalls.renamed(token.upper()), token.spaceBefore(), -1));
				index++;
			}
			else {
				out.add(token);
				index++;
			}
		}
		return out;
	}

	private static boolean isTypeMarkerBeforeGeneratedColumn(List<Token> in, int index) {
		return in.get(index).isWord("COMMENT") && index + 3 < in.size()
				&& in.get(index + 1).kind() == Token.Kind.STRING
				&& in.get(index + 1).text().startsWith(MariaDbTypes.MARKER_PREFIX) && in.get(index + 2).isWord("AS")
				&& in.get(index + 3).is("(");
	}

	/**
	 * {@code MATCH (c1, c2) AGAINST ('terms' [modifier])} becomes a search for the terms in the columns' text.
	 */
	private int matchAgainst(List<Token> in, int index, List<Token> out) throws DialectException {
		int columnsClose = TokenList.closing(in, index + 1);
		if (columnsClose + 2 >= in.size() || !in.get(columnsClose + 1).isWord("AGAINST")
				|| !in.get(columnsClose + 2).is("(")) {
			out.add(in.get(index));
			return index + 1;
		}
		if (in.get(index + 2).isWord("TABLE")) {
			throw DialectException.notSupported("MATCH (TABLE …)");
		}
		int againstClose = TokenList.closing(in, columnsClose + 2);
		int modifier = TokenList.findTopLevelWord(in.subList(0, againstClose), columnsClose + 3, "IN", "WITH");
		int queryEnd = (modifier > 0) ? modifier : againstClose;
		String columns = text(rewrite(in.subList(index + 2, columnsClose))).strip();
		String query = text(rewrite(in.subList(columnsClose + 3, queryEnd))).strip();
		out.add(new Token(Token.Kind.WORD, "(LOCATE(" + query + ", CONCAT_WS(' ', " + columns + ")) > 0)",
				in.get(index).spaceBefore(), -1));
		return againstClose + 1;
	}

	/**
	 * Writes tokens as MariaDB text.
	 * @param tokens the tokens
	 * @return the text
	 */
	static String text(List<Token> tokens) {
		StringBuilder text = new StringBuilder();
		for (Token token : tokens) {
			if (!text.isEmpty() && token.spaceBefore()) {
				text.append(' ');
			}
			text.append(literal(token));
		}
		return text.toString();
	}

	private static String literal(Token token) {
		return switch (token.kind()) {
			case STRING -> string(token.text());
			case QUOTED_IDENTIFIER -> quote(token.text());
			case HEX -> "X'" + ((token.text().length() % 2 == 1) ? "0" : "") + token.text() + "'";
			case BITS -> "b'" + token.text() + "'";
			default -> token.text();
		};
	}

	static String string(String value) {
		return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\0", "\\0") + "'";
	}

	static String quote(String identifier) {
		return "`" + identifier.replace("`", "``") + "`";
	}

}
