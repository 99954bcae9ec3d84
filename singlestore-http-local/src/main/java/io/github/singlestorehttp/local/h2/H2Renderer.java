package io.github.singlestorehttp.local.h2;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.ColumnStringArguments;
import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.dialect.TokenList;
import io.github.singlestorehttp.local.h2.functions.H2FunctionCatalog;

/**
 * Writes a statement in MySQL's syntax as H2 (in its MySQL mode) reads it: string literals with doubled quotes
 * instead of backslash escapes, bit literals as numbers, no character set introducers; MySQL's {@code IF()},
 * {@code DIV}, {@code MOD} and {@code %} (NULL for a zero divisor), {@code ||} and {@code &&} (logical), {@code <=>}, {@code RLIKE} and {@code INTERVAL n unit} in H2's
 * words; {@code COLLATE} in expressions dropped (H2
 * compares by its own collation); {@code TIME '…'} literals, {@code CURRENT_TIME} and {@code CURTIME()} as the intervals that hold
 * TIME values;
 * the column name {@code user}, which H2 would read as its function, quoted; {@code DATE_ADD(d, INTERVAL n unit)} and its relatives, {@code MATCH (…) AGAINST (…)} and every function of
 * the emulated set as calls of the server's functions ({@code SS_…}).
 */
final class H2Renderer {

	/** The prefix of the server's own functions in H2. */
	static final String FUNCTION_PREFIX = "SS_";

	private static final Set<String> DATE_ARITHMETIC = Set.of("DATE_ADD", "DATE_SUB", "ADDDATE", "SUBDATE");

	private static final Set<String> DATETIME_RESULTS = Set.of("DATE_TRUNC", "TIME_BUCKET");

	private static final Set<String> VECTOR_RESULTS = Set.of("VECTOR_ADD", "VECTOR_SUB", "VECTOR_MUL",
			"SCALAR_VECTOR_MUL", "VECTOR_SUM", "VECTOR_SORT", "VECTOR_SUBVECTOR");

	private static final Set<String> INTERVAL_UNITS = Set.of("MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK",
			"MONTH", "QUARTER", "YEAR");

	private static final Set<String> COMPOSITE_UNITS = Set.of("SECOND_MICROSECOND", "MINUTE_MICROSECOND",
			"MINUTE_SECOND", "HOUR_MICROSECOND", "HOUR_SECOND", "HOUR_MINUTE", "DAY_MICROSECOND", "DAY_SECOND",
			"DAY_MINUTE", "DAY_HOUR", "YEAR_MONTH");

	private static final int MAX_FRACTION_DIGITS = 6;

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
			else if (call && token.isWord("FROM_UNIXTIME") && argumentCount(in, index + 1) == 2) {
				index = formattedUnixTime(in, index, out);
			}
			else if (call && token.isWord("EXTRACT") && index + 2 < in.size()
					&& COMPOSITE_UNITS.contains(in.get(index + 2).upper())) {
				index = compositeExtract(in, index, out);
			}
			else if (call && token.isWord("TRUNC") && argumentCount(in, index + 1) == 2
					&& hasTextSecondArgument(in, index + 1)) {
				index = truncatedDate(in, index, out);
			}
			else if (call && DATETIME_RESULTS.contains(token.upper())) {
				index = datetimeResult(in, index, out);
			}
			else if (call && ColumnStringArguments.FUNCTIONS.contains(token.upper())
					&& hasVectorResultArgument(in, index + 1)) {
				throw DialectException.notSupported(token.upper() + " of a vector's binary form");
			}
			else if (call && this.functions.contains(token.upper()) && !isQualified(out)) {
				out.add(renamed(token, FUNCTION_PREFIX + token.upper()));
				index++;
			}
			else if (token.isWord("DIV")) {
				index = operatorAsCall(in, index, out, H2FunctionCatalog.INT_DIV);
			}
			else if ((token.isWord("MOD") && !call) || token.is("%")) {
				index = operatorAsCall(in, index, out, FUNCTION_PREFIX + "MOD");
			}
			else if (token.isWord("INTERVAL") && next != null && isIntervalAmount(next) && index + 2 < in.size()
					&& INTERVAL_UNITS.contains(in.get(index + 2).upper())) {
				out.add(token);
				out.add(Token.string(next.text()));
				index += 2;
			}
			else if (token.isWord("CURRENT_TIME", "CURTIME") && !isQualified(out)) {
				index = currentTime(in, index, out);
			}
			else if (token.isWord("TIME") && next != null && next.kind() == Token.Kind.STRING) {
				out.addAll(timeLiteral(token, next));
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

	/**
	 * {@code TIME 'hhh:mm:ss[.fraction]'} becomes a cast of the text to the interval that holds TIME values, so that
	 * it compares with TIME columns and may pass 23 hours, with as many fraction digits as the literal has (at most
	 * 6), as MySQL types it.
	 */
	private static List<Token> timeLiteral(Token time, Token text) {
		int dot = text.text().indexOf('.');
		int digits = (dot < 0) ? 0 : Math.min(MAX_FRACTION_DIGITS, text.text().length() - dot - 1);
		List<Token> cast = H2TargetDialect.timeCast(List.of(text.withSpaceBefore(false)), digits);
		cast.set(0, cast.get(0).withSpaceBefore(time.spaceBefore()));
		return cast;
	}

	/**
	 * {@code CURRENT_TIME[([n])]} and {@code CURTIME([n])}, "the current time of day" as a TIME ("CURRENT_TIME And
	 * CURTIME"), become H2's {@code LOCALTIME[(n)]} as the interval that holds TIME values, so that it compares with
	 * TIME columns.
	 */
	private static int currentTime(List<Token> in, int index, List<Token> out) throws DialectException {
		int end = index + 1;
		List<Token> localTime = new ArrayList<>(List.of(Token.word("LOCALTIME").withSpaceBefore(false)));
		int digits = 0;
		if (end < in.size() && in.get(end).is("(")) {
			int close = TokenList.closing(in, end);
			List<Token> precision = in.subList(end + 1, close);
			if (precision.size() == 1 && precision.get(0).kind() == Token.Kind.NUMBER) {
				digits = Math.min(MAX_FRACTION_DIGITS, Integer.parseInt(precision.get(0).text()));
				localTime.addAll(in.subList(end, close + 1));
			}
			end = close + 1;
		}
		List<Token> cast = H2TargetDialect.timeCast(localTime, digits);
		cast.set(0, cast.get(0).withSpaceBefore(in.get(index).spaceBefore()));
		out.addAll(cast);
		return end;
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
				&& (INTERVAL_UNITS.contains(amount.get(amount.size() - 1).upper())
						|| COMPOSITE_UNITS.contains(amount.get(amount.size() - 1).upper()))) {
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
	 * A binary operator as a call of the server's function: {@code a DIV b} becomes {@code SS_INT_DIV(a, b)}, MySQL's
	 * integer division; {@code a % b} and {@code a MOD b} become {@code SS_MOD(a, b)}; both give NULL for a zero
	 * divisor, as MySQL does.
	 */
	private int operatorAsCall(List<Token> in, int index, List<Token> out, String function) throws DialectException {
		int start = TokenList.operandStart(out, out.size());
		List<Token> left = new ArrayList<>(out.subList(start, out.size()));
		out.subList(start, out.size()).clear();
		int end = TokenList.operandEnd(in, index + 1);
		out.add(new Token(Token.Kind.WORD, function, left.get(0).spaceBefore(), -1));
		out.add(Token.symbol("(", false));
		out.addAll(left.subList(0, 1).stream().map((first) -> first.withSpaceBefore(false)).toList());
		out.addAll(left.subList(1, left.size()));
		out.add(Token.symbol(",", false));
		out.addAll(rewrite(in.subList(index + 1, end)));
		out.add(Token.symbol(")", false));
		return end;
	}

	/**
	 * Tells whether the first argument of a call is a vector function's result. Vectors are JSON text locally, so a
	 * string function would see that text instead of the packed binary SingleStore gives it ("Vector Type": "String
	 * functions ... operate on the binary representation of a vector").
	 */
	private static boolean hasVectorResultArgument(List<Token> in, int open) {
		return open + 2 < in.size() && VECTOR_RESULTS.contains(in.get(open + 1).upper()) && in.get(open + 2).is("(");
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
	 * {@code EXTRACT(YEAR_MONTH FROM d)} and the other composite units become
	 * {@code SS_EXTRACT_COMPOSITE('YEAR_MONTH', d)}.
	 */
	private int compositeExtract(List<Token> in, int index, List<Token> out) throws DialectException {
		int close = TokenList.closing(in, index + 1);
		if (index + 3 >= close || !in.get(index + 3).isWord("FROM")) {
			throw DialectException.syntax(TokenList.text(in.subList(index, close + 1)));
		}
		out.add(renamed(in.get(index), H2FunctionCatalog.EXTRACT_COMPOSITE));
		out.add(Token.symbol("(", false));
		out.add(Token.string(in.get(index + 2).upper()).withSpaceBefore(false));
		out.add(Token.symbol(",", false));
		out.addAll(rewrite(in.subList(index + 4, close)));
		out.add(Token.symbol(")", false));
		return close + 1;
	}

	/**
	 * Tells whether a call's second argument is a string literal, as the format of {@code TRUNC(date, 'MM')} is and the
	 * digits of {@code TRUNC(42.422, 1)} are not.
	 */
	private static boolean hasTextSecondArgument(List<Token> in, int open) throws DialectException {
		List<Token> second = TokenList.arguments(in, open, TokenList.closing(in, open)).get(1);
		return second.size() == 1 && second.get(0).kind() == Token.Kind.STRING;
	}

	private static int argumentCount(List<Token> in, int open) throws DialectException {
		return TokenList.arguments(in, open, TokenList.closing(in, open)).size();
	}

	/**
	 * {@code FROM_UNIXTIME(seconds, format)} becomes {@code SS_DATE_FORMAT(FROM_UNIXTIME(seconds), format)}.
	 */
	private int formattedUnixTime(List<Token> in, int index, List<Token> out) throws DialectException {
		int close = TokenList.closing(in, index + 1);
		List<List<Token>> arguments = TokenList.arguments(in, index + 1, close);
		out.add(renamed(in.get(index), FUNCTION_PREFIX + "DATE_FORMAT"));
		out.add(Token.symbol("(", false));
		out.add(new Token(Token.Kind.WORD, "FROM_UNIXTIME", false, -1));
		out.add(Token.symbol("(", false));
		out.addAll(rewrite(arguments.get(0)));
		out.add(Token.symbol(")", false));
		out.add(Token.symbol(",", false));
		out.addAll(rewrite(arguments.get(1)));
		out.add(Token.symbol(")", false));
		return close + 1;
	}

	/**
	 * SingleStore's {@code TRUNC(date, 'format')} becomes {@code DATE_TRUNC} with the matching unit, as a DATETIME.
	 */
	private int truncatedDate(List<Token> in, int index, List<Token> out) throws DialectException {
		int close = TokenList.closing(in, index + 1);
		List<List<Token>> arguments = TokenList.arguments(in, index + 1, close);
		List<Token> format = arguments.get(1);
		String unit = TruncFormat.unit(format.get(0).text());
		List<Token> call = new ArrayList<>();
		call.add(Token.word("DATE_TRUNC").withSpaceBefore(in.get(index).spaceBefore()));
		call.add(Token.symbol("(", false));
		call.add(Token.string(unit).withSpaceBefore(false));
		call.add(Token.symbol(",", false));
		call.addAll(arguments.get(0));
		call.add(Token.symbol(")", false));
		datetimeResult(call, 0, out);
		return close + 1;
	}

	/**
	 * A function whose Java result is a {@code LocalDateTime}, such as {@code DATE_TRUNC} or {@code TIME_BUCKET}, cast
	 * to a DATETIME without fractional seconds, as SingleStore types its result for a DATETIME argument.
	 */
	private int datetimeResult(List<Token> in, int index, List<Token> out) throws DialectException {
		int close = TokenList.closing(in, index + 1);
		out.add(new Token(Token.Kind.WORD, "CAST", in.get(index).spaceBefore(), -1));
		out.add(Token.symbol("(", false));
		out.add(new Token(Token.Kind.WORD, FUNCTION_PREFIX + in.get(index).upper(), false, -1));
		out.add(Token.symbol("(", false));
		out.addAll(rewrite(intervalsAsText(in.subList(index + 2, close))));
		out.add(Token.symbol(")", false));
		out.add(Token.word("AS"));
		out.add(Token.word("TIMESTAMP(0)"));
		out.add(Token.symbol(")", false));
		return close + 1;
	}

	/**
	 * {@code INTERVAL n unit} as an argument of {@code TIME_BUCKET} becomes the text {@code 'n unit'}.
	 */
	private static List<Token> intervalsAsText(List<Token> tokens) {
		List<Token> out = new ArrayList<>(tokens.size());
		for (int index = 0; index < tokens.size(); index++) {
			Token token = tokens.get(index);
			if (token.isWord("INTERVAL") && index + 2 < tokens.size() && isIntervalAmount(tokens.get(index + 1))
					&& INTERVAL_UNITS.contains(tokens.get(index + 2).upper())) {
				out.add(Token.string(tokens.get(index + 1).text() + " " + tokens.get(index + 2).upper())
					.withSpaceBefore(token.spaceBefore()));
				index += 2;
			}
			else {
				out.add(token);
			}
		}
		return out;
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
