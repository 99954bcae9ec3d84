package io.github.singlestorehttp.client.named;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL into the code that {@code NamedParameterUtils} reads as MySQL and SingleStore do, and the
 * MySQL syntax that it misreads, which passes through untouched:
 * <ul>
 * <li>string literals {@code '…'} and {@code "…"}: it does not know backslash escapes, so in
 * {@code 'it\'s :x'} it would take {@code :x} for a parameter;</li>
 * <li>{@code #} comments: it would read parameters and quotes in them;</li>
 * <li>{@code &}, the bitwise AND: it reads {@code a&b} as a parameter {@code &b};</li>
 * <li>{@code --} not followed by white space, which is minus minus in MySQL (not a comment): it would
 * skip the rest of the line.</li>
 * </ul>
 * Quoted identifiers, {@code -- } comments and {@code /* *}{@code /} comments stay in the code, where
 * {@code NamedParameterUtils} skips them; the splitter only steps over them so that quotes and {@code #}
 * inside them are not misread.
 */
final class MySqlSyntaxSplitter {

	private MySqlSyntaxSplitter() {
	}

	static List<StatementPart> split(String sql) {
		List<StatementPart> parts = new ArrayList<>();
		int codeStart = 0;
		int i = 0;
		while (i < sql.length()) {
			int verbatimEnd = endOfMisreadSyntax(sql, i);
			if (verbatimEnd > i) {
				addCode(parts, sql.substring(codeStart, i));
				parts.add(new VerbatimPart(sql.substring(i, verbatimEnd)));
				codeStart = verbatimEnd;
				i = verbatimEnd;
			}
			else {
				i = endOfCodeToken(sql, i);
			}
		}
		addCode(parts, sql.substring(codeStart));
		return parts;
	}

	private static void addCode(List<StatementPart> parts, String code) {
		if (!code.isEmpty()) {
			parts.add(new ParameterizedPart(code));
		}
	}

	/** The end of the misread syntax starting at {@code i}, or {@code i} when there is none. */
	private static int endOfMisreadSyntax(String sql, int i) {
		char c = sql.charAt(i);
		if (c == '\'' || c == '"') {
			return endOfQuoted(sql, i, true);
		}
		if (c == '#') {
			return endOfLine(sql, i);
		}
		if (c == '&' || (sql.startsWith("--", i) && !isLineComment(sql, i))) {
			return i + 1;
		}
		return i;
	}

	/** The end of the quoted identifier, comment or single character that starts at {@code i}. */
	private static int endOfCodeToken(String sql, int i) {
		if (sql.charAt(i) == '`') {
			return endOfQuoted(sql, i, false);
		}
		if (isLineComment(sql, i)) {
			return endOfLine(sql, i);
		}
		if (sql.startsWith("/*", i)) {
			int end = sql.indexOf("*/", i + 2);
			return (end < 0) ? sql.length() : end + 2;
		}
		return i + 1;
	}

	private static boolean isLineComment(String sql, int i) {
		return sql.startsWith("--", i) && (i + 2 == sql.length() || Character.isWhitespace(sql.charAt(i + 2)));
	}

	private static int endOfLine(String sql, int i) {
		int newline = sql.indexOf('\n', i);
		return (newline < 0) ? sql.length() : newline + 1;
	}

	/** The end of a quoted token, where a doubled quote (and a backslash, if it escapes) does not end it. */
	private static int endOfQuoted(String sql, int start, boolean backslashEscapes) {
		char quote = sql.charAt(start);
		int i = start + 1;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (c == '\\' && backslashEscapes) {
				i += 2;
			}
			else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
				i += 2;
			}
			else if (c == quote) {
				return i + 1;
			}
			else {
				i++;
			}
		}
		return sql.length();
	}

}
