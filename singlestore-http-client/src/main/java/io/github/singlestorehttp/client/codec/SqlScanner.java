package io.github.singlestorehttp.client.codec;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Reads SQL the way MySQL and SingleStore do, skipping string literals (with backslash and
 * doubled-quote escapes), quoted identifiers and {@code --}, {@code #} and {@code /* *}{@code /}
 * comments: finds the positional {@code ?} placeholders and the statement separators.
 */
public final class SqlScanner {

	private static final int LEADING_CODE_LENGTH = 64;

	private SqlScanner() {
	}

	/**
	 * Positions of the placeholders in {@code sql}.
	 * @param sql the statement
	 * @return the character index of each placeholder, in order
	 */
	public static int[] positions(String sql) {
		return find(sql, '?');
	}

	/**
	 * Whether the SQL holds more than one statement: a {@code ;} outside literals and comments followed by
	 * more code.
	 * @param sql the SQL
	 * @return {@code true} for several statements
	 */
	static boolean hasSeveralStatements(String sql) {
		int[] separators = find(sql, ';');
		if (separators.length == 0) {
			return false;
		}
		String rest = sql.substring(separators[0] + 1);
		IntStream.Builder code = IntStream.builder();
		forEachCodeCharacter(rest, (i) -> {
			char c = rest.charAt(i);
			if (!Character.isWhitespace(c) && c != ';') {
				code.add(i);
			}
		});
		return code.build().findAny().isPresent();
	}

	/**
	 * The SQL with comments and surrounding white space removed from its start, upper-cased, for
	 * recognizing the kind of statement.
	 * @param sql the SQL
	 * @return the code from the first keyword on
	 */
	static String leadingCode(String sql) {
		StringBuilder code = new StringBuilder();
		AtomicInteger previous = new AtomicInteger(-1);
		forEachCodeCharacter(sql, (i) -> {
			if (code.length() < LEADING_CODE_LENGTH) {
				boolean afterSkippedText = previous.get() >= 0 && i != previous.get() + 1;
				code.append(afterSkippedText ? " " : "").append(sql.charAt(i));
				previous.set(i);
			}
		});
		return code.toString().trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
	}

	private static int[] find(String sql, char wanted) {
		IntStream.Builder found = IntStream.builder();
		forEachCodeCharacter(sql, (i) -> {
			if (sql.charAt(i) == wanted) {
				found.add(i);
			}
		});
		return found.build().toArray();
	}

	static void forEachCodeCharacter(String sql, IntConsumer action) {
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
				action.accept(i);
				i++;
			}
		}
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
