package io.github.singlestorehttp.autoconfigure.init;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.Assert;

/**
 * Splits a SQL script into statements as the MySQL client reads it: at each separator that stands outside
 * string literals ({@code '…'} and {@code "…"}, with backslash and doubled-quote escapes), quoted identifiers
 * ({@code `…`}) and comments ({@code #}, {@code -- } and {@code /* *}{@code /}). Statements keep their text,
 * comments included; pieces that hold nothing but white space and comments are dropped.
 */
final class SqlScriptSplitter {

	private final String separator;

	SqlScriptSplitter(String separator) {
		Assert.hasLength(separator, "The statement separator must not be empty");
		this.separator = separator;
	}

	List<String> split(String script) {
		List<String> statements = new ArrayList<>();
		int start = 0;
		boolean hasCode = false;
		int i = 0;
		while (i < script.length()) {
			char c = script.charAt(i);
			int skipped = endOfSkippedText(script, i);
			if (skipped > i) {
				hasCode |= isQuote(c);
				i = skipped;
			}
			else if (script.startsWith(this.separator, i)) {
				addStatement(statements, script.substring(start, i), hasCode);
				i += this.separator.length();
				start = i;
				hasCode = false;
			}
			else {
				hasCode |= !Character.isWhitespace(c);
				i++;
			}
		}
		addStatement(statements, script.substring(start), hasCode);
		return statements;
	}

	private static void addStatement(List<String> statements, String text, boolean hasCode) {
		if (hasCode) {
			statements.add(text.strip());
		}
	}

	/** The end of the literal, quoted identifier or comment starting at {@code i}, or {@code i}. */
	private static int endOfSkippedText(String script, int i) {
		char c = script.charAt(i);
		if (isQuote(c)) {
			return endOfQuoted(script, i, c);
		}
		if (c == '#' || isDashComment(script, i)) {
			int lineEnd = script.indexOf('\n', i);
			return (lineEnd < 0) ? script.length() : lineEnd + 1;
		}
		if (script.startsWith("/*", i)) {
			int commentEnd = script.indexOf("*/", i + 2);
			return (commentEnd < 0) ? script.length() : commentEnd + 2;
		}
		return i;
	}

	private static boolean isQuote(char c) {
		return c == '\'' || c == '"' || c == '`';
	}

	/** MySQL reads {@code --} as a comment only when white space or the end of the script follows. */
	private static boolean isDashComment(String script, int i) {
		return script.startsWith("--", i)
				&& (i + 2 == script.length() || Character.isWhitespace(script.charAt(i + 2)));
	}

	/** Doubled quotes stay inside; a backslash escapes the next character except in identifiers. */
	private static int endOfQuoted(String script, int start, char quote) {
		int i = start + 1;
		while (i < script.length()) {
			char c = script.charAt(i);
			if (c == '\\' && quote != '`') {
				i += 2;
			}
			else if (c == quote && i + 1 < script.length() && script.charAt(i + 1) == quote) {
				i += 2;
			}
			else if (c == quote) {
				return i + 1;
			}
			else {
				i++;
			}
		}
		return script.length();
	}

}
