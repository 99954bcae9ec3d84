package io.github.singlestorehttp.client;

import java.util.ArrayList;
import java.util.List;

import io.github.singlestorehttp.client.codec.SqlScanner;

/**
 * Splits SQL into the code that {@code NamedParameterUtils} reads as MySQL and SingleStore do, and the
 * MySQL syntax that it misreads, which passes through untouched:
 * <ul>
 * <li>string literals {@code '…'} and {@code "…"}: it does not know backslash escapes, so in
 * {@code 'it\'s :x'} it would take {@code :x} for a parameter;</li>
 * <li>{@code #} comments: it would read parameters and quotes in them;</li>
 * <li>{@code &}, the bitwise AND: it reads {@code a&b} as a parameter {@code &b};</li>
 * <li>{@code --} not followed by white space or a control character, which is minus minus in MySQL (not a
 * comment): it would skip the rest of the line;</li>
 * <li>the delimiters of an executable comment {@code /*!…*}{@code /}, whose content MySQL runs: it would
 * skip the content as a comment.</li>
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
		boolean inExecutableComment = false;
		while (i < sql.length()) {
			int verbatimEnd;
			if (inExecutableComment && sql.startsWith("*/", i)) {
				inExecutableComment = false;
				verbatimEnd = i + 2;
			}
			else if (SqlScanner.isExecutableComment(sql, i)) {
				inExecutableComment = true;
				verbatimEnd = SqlScanner.startOfExecutableCode(sql, i);
			}
			else {
				verbatimEnd = endOfMisreadSyntax(sql, i);
			}
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
			return SqlScanner.endOfQuoted(sql, i);
		}
		if (c == '#') {
			return SqlScanner.endOfLine(sql, i);
		}
		if (c == '&' || (sql.startsWith("--", i) && !SqlScanner.isLineComment(sql, i))) {
			return i + 1;
		}
		return i;
	}

	/** The end of the quoted identifier, comment or single character that starts at {@code i}. */
	private static int endOfCodeToken(String sql, int i) {
		if (sql.charAt(i) == '`') {
			return SqlScanner.endOfQuoted(sql, i);
		}
		if (SqlScanner.isLineComment(sql, i)) {
			return SqlScanner.endOfLine(sql, i);
		}
		if (sql.startsWith("/*", i)) {
			return SqlScanner.endOfBlockComment(sql, i);
		}
		return i + 1;
	}

}
