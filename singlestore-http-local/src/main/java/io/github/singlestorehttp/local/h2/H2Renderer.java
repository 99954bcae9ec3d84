package io.github.singlestorehttp.local.h2;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.dialect.TokenList;

/**
 * Writes a statement in MySQL's syntax as H2 (in its MySQL mode) reads it: string literals with doubled quotes
 * instead of backslash escapes, bit literals as numbers, no character set introducers; MySQL's {@code IF()},
 * {@code DIV}, {@code MOD}, {@code ||} and {@code &&} (logical), {@code <=>}, {@code RLIKE} and {@code INTERVAL n unit} in H2's
 * words; {@code COLLATE} in expressions dropped (H2
 * compares by its own collation); the column name {@code user}, which H2 would read as its function, quoted; {@code DATE_ADD(d, INTERVAL n unit)} and its relatives, {@code MATCH (…) AGAINST (…)} and every function of
 * the emulated set as calls of the server's functions ({@code SS_…}).
 */
final class H2Renderer {

	/** The prefix of the server's own functions in H2. */
	static final String FUNCTION_PREFIX = "SS_";

	private static final Set<String> DATE_ARITHMETIC = Set.of("DATE_ADD", "DATE_SUB", "ADDDATE", "SUBDATE");

	private static final Set<String> INTERVAL_UNITS = Set.of("MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK",
			"MONTH", "QUARTER", "YEAR");

	private final Set<String> functions;

	/**
	 * Creates a renderer.
	 * @param functions the names of the functions the server emulates, in upper case
	 */
	H2Renderer(Set<String> functions) {
		this.functions = functions;
	}

	String render(List<Token> tokens) throws DialectException {
		return text(rewrite(tokens));
	}

	private List<Token> rewrite(List<Token> in) throws DialectException {
		List<Token> out = new ArrayList<>(in.size());
		int index = 0;
		while (index < in.size()) {
			Token token = in.get(index);
			Token next = (index + 1 < in.size()) ? in.get(index + 1) : null;
			boolean call = next != null && next.is("(") && token.kind() == Token.Kind.WORD;
			if (call && DATE_ARITHMETIC.contains(token.upper())) {
				index = dateArithmetic(in, index, out);
			}
			else if (call && token.isWord("JSON_AGG") && hasOrderBy(in, index + 1)) {
				index = orderedJsonAgg(in, index, out);
			}
			else if (call && token.isWord("ROLLUP", "CUBE") && !out.isEmpty() && out.get(out.size() - 1).isWord("BY")) {
				throw DialectException.notSupported("GROUP BY " + token.upper());
			}
			else if (call && token.isWord("MATCH")) {
				index = matchAgainst(in, index, out);
			}
			else if (call && token.isWord("IF")) {
				out.add(renamed(token, "CASEWHEN"));
				index++;
			}
			else if (call && this.functions.contains(token.upper()) && !isQualified(out)) {
				out.add(renamed(token, FUNCTION_PREFIX + token.upper()));
				index++;
			}
			else if (token.isWord("DIV")) {
				index = integerDivision(in, index, out);
			}
			else if (token.isWord("MOD") && !call) {
				index = modulo(in, index, out);
			}
			else if (token.isWord("INTERVAL") && next != null && isIntervalAmount(next) && index + 2 < in.size()
					&& INTERVAL_UNITS.contains(in.get(index + 2).upper())) {
				out.add(token);
				out.add(Token.string(next.text()));
				index += 2;
			}
			else if (isIntroducer(token, next)) {
				index++;
			}
			else if (token.isWord("COLLATE") && next != null && !out.isEmpty()) {
				index += 2;
			}
			else if (token.isWord("USER") && !call && !isAccountStatement(out)) {
				out.add(new Token(Token.Kind.QUOTED_IDENTIFIER, token.text(), token.spaceBefore(), token.offset()));
				index++;
			}
			else {
				out.add(operator(token));
				index++;
			}
		}
		return out;
	}

	private static boolean isAccountStatement(List<Token> out) {
		return !out.isEmpty() && out.get(0).isWord("CREATE", "ALTER", "DROP", "RENAME", "GRANT", "REVOKE", "SHOW");
	}

	private static boolean isQualified(List<Token> out) {
		return !out.isEmpty() && out.get(out.size() - 1).is(".");
	}

	private static boolean isIntervalAmount(Token token) {
		return token.kind() == Token.Kind.NUMBER || token.kind() == Token.Kind.STRING;
	}

	private static boolean isIntroducer(Token token, Token next) {
		if (next == null || next.spaceBefore() || next.kind() != Token.Kind.STRING || token.kind() != Token.Kind.WORD) {
			return false;
		}
		return token.text().startsWith("_") || token.isWord("N");
	}

	private static Token operator(Token token) {
		if (token.kind() == Token.Kind.SYMBOL) {
			return switch (token.text()) {
				case "||" -> renamed(token, "OR");
				case "&&" -> renamed(token, "AND");
				case "<=>" -> renamed(token, "IS NOT DISTINCT FROM");
				default -> token;
			};
		}
		return token.isWord("RLIKE") ? renamed(token, "REGEXP") : token;
	}

	private static Token renamed(Token token, String word) {
		return new Token(Token.Kind.WORD, word, token.spaceBefore(), token.offset());
	}

	/**
	 * {@code DATE_ADD(d, INTERVAL n unit)} becomes {@code SS_DATE_ADD(d, n, 'unit')}, {@code DATE_SUB} the same with
	 * {@code -(n)}; {@code ADDDATE(d, n)} adds days.
	 */
	private int dateArithmetic(List<Token> in, int index, List<Token> out) throws DialectException {
		Token name = in.get(index);
		int close = TokenList.closing(in, index + 1);
		List<List<Token>> arguments = TokenList.arguments(in, index + 1, close);
		if (arguments.size() != 2) {
			throw DialectException.syntax(TokenList.text(in.subList(index, close + 1)));
		}
		List<Token> amount = arguments.get(1);
		String unit = "DAY";
		if (!amount.isEmpty() && amount.get(0).isWord("INTERVAL") && amount.size() >= 3
				&& INTERVAL_UNITS.contains(amount.get(amount.size() - 1).upper())) {
			unit = amount.get(amount.size() - 1).upper();
			amount = amount.subList(1, amount.size() - 1);
		}
		boolean subtract = name.isWord("DATE_SUB", "SUBDATE");
		out.add(renamed(name, FUNCTION_PREFIX + "DATE_ADD"));
		out.add(Token.symbol("(", false));
		out.addAll(rewrite(arguments.get(0)));
		out.add(Token.symbol(",", false));
		if (subtract) {
			out.add(Token.symbol("-", true));
			out.add(Token.symbol("(", false));
		}
		out.addAll(rewrite(amount));
		if (subtract) {
			out.add(Token.symbol(")", false));
		}
		out.add(Token.symbol(",", false));
		out.add(Token.string(unit));
		out.add(Token.symbol(")", false));
		return close + 1;
	}

	/**
	 * {@code MATCH (c1, c2) AGAINST ('terms' [modifier])} becomes {@code SS_MATCH_AGAINST('terms', c1, c2)}.
	 */
	private int matchAgainst(List<Token> in, int index, List<Token> out) throws DialectException {
		int columnsClose = TokenList.closing(in, index + 1);
		if (in.get(index + 2).isWord("TABLE")) {
			throw DialectException.notSupported("MATCH (TABLE …) full-text search version 2 queries");
		}
		if (columnsClose + 2 >= in.size() || !in.get(columnsClose + 1).isWord("AGAINST")
				|| !in.get(columnsClose + 2).is("(")) {
			out.add(in.get(index));
			return index + 1;
		}
		int againstClose = TokenList.closing(in, columnsClose + 2);
		int modifier = TokenList.findTopLevelWord(in.subList(0, againstClose), columnsClose + 3, "IN", "WITH");
		int queryEnd = (modifier > 0) ? modifier : againstClose;
		out.add(renamed(in.get(index), FUNCTION_PREFIX + "MATCH_AGAINST"));
		out.add(Token.symbol("(", false));
		out.addAll(rewrite(in.subList(columnsClose + 3, queryEnd)));
		for (List<Token> column : TokenList.arguments(in, index + 1, columnsClose)) {
			out.add(Token.symbol(",", false));
			out.addAll(column);
		}
		out.add(Token.symbol(")", false));
		return againstClose + 1;
	}

	/**
	 * {@code a DIV b} becomes {@code CAST(TRUNC((a) / (b)) AS BIGINT)}, MySQL's integer division.
	 */
	private int integerDivision(List<Token> in, int index, List<Token> out) throws DialectException {
		int start = TokenList.operandStart(out, out.size());
		List<Token> left = new ArrayList<>(out.subList(start, out.size()));
		out.subList(start, out.size()).clear();
		int end = TokenList.operandEnd(in, index + 1);
		List<Token> right = rewrite(in.subList(index + 1, end));
		out.add(new Token(Token.Kind.WORD, "CAST", left.get(0).spaceBefore(), -1));
		out.add(Token.symbol("(", false));
		out.add(new Token(Token.Kind.WORD, "TRUNC", false, -1));
		out.add(Token.symbol("(", false));
		out.add(Token.symbol("(", false));
		out.addAll(left);
		out.add(Token.symbol(")", false));
		out.add(Token.symbol("/", true));
		out.add(Token.symbol("(", true));
		out.addAll(right);
		out.add(Token.symbol(")", false));
		out.add(Token.symbol(")", false));
		out.add(Token.word("AS"));
		out.add(Token.word("BIGINT"));
		out.add(Token.symbol(")", false));
		return end;
	}

	private static boolean hasOrderBy(List<Token> in, int open) throws DialectException {
		int close = TokenList.closing(in, open);
		return TokenList.findTopLevelWord(in.subList(0, close), open + 1, "ORDER") > 0;
	}

	/**
	 * {@code JSON_AGG(x ORDER BY k)} becomes H2's {@code JSON_ARRAYAGG(x ORDER BY k NULL ON NULL)} as text: the
	 * server's own aggregate cannot take an order, and SingleStore's keeps NULLs.
	 */
	private int orderedJsonAgg(List<Token> in, int index, List<Token> out) throws DialectException {
		int close = TokenList.closing(in, index + 1);
		out.add(new Token(Token.Kind.WORD, "CAST", in.get(index).spaceBefore(), -1));
		out.add(Token.symbol("(", false));
		out.add(new Token(Token.Kind.WORD, "JSON_ARRAYAGG", false, -1));
		out.add(Token.symbol("(", false));
		out.addAll(rewrite(in.subList(index + 2, close)));
		out.add(Token.word("NULL"));
		out.add(Token.word("ON"));
		out.add(Token.word("NULL"));
		out.add(Token.symbol(")", false));
		out.add(Token.word("AS"));
		out.add(Token.word("VARCHAR"));
		out.add(Token.symbol(")", false));
		return close + 1;
	}

	/**
	 * {@code a MOD b} becomes {@code MOD(a, b)}.
	 */
	private int modulo(List<Token> in, int index, List<Token> out) throws DialectException {
		int start = TokenList.operandStart(out, out.size());
		List<Token> left = new ArrayList<>(out.subList(start, out.size()));
		out.subList(start, out.size()).clear();
		int end = TokenList.operandEnd(in, index + 1);
		out.add(new Token(Token.Kind.WORD, "MOD", left.get(0).spaceBefore(), -1));
		out.add(Token.symbol("(", false));
		out.addAll(left);
		out.add(Token.symbol(",", false));
		out.addAll(rewrite(in.subList(index + 1, end)));
		out.add(Token.symbol(")", false));
		return end;
	}

	/**
	 * Writes tokens as H2 text.
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

	/**
	 * Writes tokens that stand for literals, as in a type's arguments, as H2 text.
	 * @param tokens the tokens
	 * @return the text
	 */
	static String literalText(List<Token> tokens) {
		return text(tokens).strip();
	}

	private static String literal(Token token) {
		return switch (token.kind()) {
			case STRING -> "'" + token.text().replace("'", "''") + "'";
			case QUOTED_IDENTIFIER -> "`" + token.text().replace("`", "``") + "`";
			case HEX -> "X'" + ((token.text().length() % 2 == 1) ? "0" : "") + token.text() + "'";
			case BITS -> token.text().isEmpty() ? "0" : new BigInteger(token.text(), 2).toString();
			default -> token.text();
		};
	}

}
