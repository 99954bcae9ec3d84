package io.github.singlestorehttp.client.codec;

import java.util.Arrays;

/**
 * Finds the positional {@code ?} placeholders of a SQL statement, skipping string literals (with
 * backslash and doubled-quote escapes), quoted identifiers and {@code --}, {@code #} and
 * {@code /* *}{@code /} comments, the way MySQL and SingleStore read them.
 */
public final class SqlPlaceholders {

	private SqlPlaceholders() {
	}

	/**
	 * Positions of the placeholders in {@code sql}.
	 * @param sql the statement
	 * @return the character index of each placeholder, in order
	 */
	public static int[] positions(String sql) {
		int[] found = new int[8];
		int count = 0;
		int length = sql.length();
		int i = 0;
		while (i < length) {
			char c = sql.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				i = skipQuoted(sql, i, c);
			}
			else if (c == '#' || startsLineComment(sql, i)) {
				i = skipToEndOfLine(sql, i);
			}
			else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
				int end = sql.indexOf("*/", i + 2);
				i = (end < 0) ? length : end + 2;
			}
			else {
				if (c == '?') {
					if (count == found.length) {
						found = Arrays.copyOf(found, count * 2);
					}
					found[count++] = i;
				}
				i++;
			}
		}
		return Arrays.copyOf(found, count);
	}

	private static boolean startsLineComment(String sql, int i) {
		if (sql.charAt(i) != '-' || i + 1 >= sql.length() || sql.charAt(i + 1) != '-') {
			return false;
		}
		return i + 2 >= sql.length() || Character.isWhitespace(sql.charAt(i + 2));
	}

	private static int skipToEndOfLine(String sql, int i) {
		int end = sql.indexOf('\n', i);
		return (end < 0) ? sql.length() : end + 1;
	}

	private static int skipQuoted(String sql, int start, char quote) {
		int i = start + 1;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (c == '\\' && quote != '`') {
				i += 2;
			}
			else if (c == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
				}
				else {
					return i + 1;
				}
			}
			else {
				i++;
			}
		}
		return i;
	}

}
