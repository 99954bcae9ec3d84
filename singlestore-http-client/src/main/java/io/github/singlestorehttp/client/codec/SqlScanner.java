package io.github.singlestorehttp.client.codec;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Reads SQL the way MySQL and SingleStore do, skipping string literals (with backslash and
 * doubled-quote escapes), quoted identifiers and {@code --}, {@code #} and {@code /* *}{@code /}
 * comments: finds the positional {@code ?} placeholders and the statement separators. As on the server,
 * {@code --} starts a comment only when white space or a control character follows it, and the content of
 * an executable comment {@code /*!…*}{@code /} (with an optional version number) is code; optimizer hints
 * {@code /*+…*}{@code /} stay comments.
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

	/**
	 * The code of the SQL outside parentheses, upper-cased, with skipped text (literals, quoted
	 * identifiers, comments) replaced by a space, for reading the top-level clauses of a statement.
	 * @param sql the SQL
	 * @return the top-level code
	 */
	static String codeOutsideParentheses(String sql) {
		StringBuilder code = new StringBuilder();
		AtomicInteger depth = new AtomicInteger();
		AtomicInteger previous = new AtomicInteger(-1);
		forEachCodeCharacter(sql, (i) -> {
			char c = sql.charAt(i);
			if (i != previous.get() + 1) {
				code.append(' ');
			}
			if (c == '(') {
				depth.incrementAndGet();
			}
			else if (c == ')') {
				depth.decrementAndGet();
			}
			else if (depth.get() == 0) {
				code.append(c);
			}
			previous.set(i);
		});
		return code.toString().toUpperCase(Locale.ROOT);
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
		boolean inExecutableComment = false;
		while (i < length) {
			char c = sql.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				i = endOfQuoted(sql, i);
			}
			else if (c == '#' || isLineComment(sql, i)) {
				i = endOfLine(sql, i);
			}
			else if (inExecutableComment && sql.startsWith("*/", i)) {
				inExecutableComment = false;
				i += 2;
			}
			else if (isExecutableComment(sql, i)) {
				inExecutableComment = true;
				i = startOfExecutableCode(sql, i);
			}
			else if (sql.startsWith("/*", i)) {
				i = endOfBlockComment(sql, i);
			}
			else {
				action.accept(i);
				i++;
			}
		}
	}

	/**
	 * Whether a {@code --} comment starts at an index: MySQL needs white space or a control character (or
	 * the end) after the dashes, otherwise they are two minus signs. Only ASCII white space counts, as on
	 * the server.
	 * @param sql the SQL
	 * @param i the index
	 * @return {@code true} for a comment
	 */
	public static boolean isLineComment(String sql, int i) {
		if (!sql.startsWith("--", i)) {
			return false;
		}
		if (i + 2 >= sql.length()) {
			return true;
		}
		char next = sql.charAt(i + 2);
		return next <= ' ' || next == '\u007f';
	}

	/**
	 * Whether an executable comment {@code /*!…*}{@code /} starts at an index, whose content the server
	 * runs as code.
	 * @param sql the SQL
	 * @param i the index
	 * @return {@code true} for an executable comment
	 */
	public static boolean isExecutableComment(String sql, int i) {
		return sql.startsWith("/*!", i);
	}

	/**
	 * The index of the code in the executable comment that starts at an index: after {@code /*!} and the
	 * version number, if any.
	 * @param sql the SQL
	 * @param start the index of the comment's {@code /}
	 * @return the index of the first character of code
	 */
	public static int startOfExecutableCode(String sql, int start) {
		int i = start + 3;
		while (i < sql.length() && Character.isDigit(sql.charAt(i)) && sql.charAt(i) < 128) {
			i++;
		}
		return i;
	}

	/**
	 * The end of the line that holds an index.
	 * @param sql the SQL
	 * @param i the index
	 * @return the index after the line break, or the length of the SQL
	 */
	public static int endOfLine(String sql, int i) {
		int end = sql.indexOf('\n', i);
		return (end < 0) ? sql.length() : end + 1;
	}

	/**
	 * The end of the {@code /* *}{@code /} comment that starts at an index.
	 * @param sql the SQL
	 * @param start the index of the comment's {@code /}
	 * @return the index after the comment, or the length of the SQL when it is not closed
	 */
	public static int endOfBlockComment(String sql, int start) {
		int end = sql.indexOf("*/", start + 2);
		return (end < 0) ? sql.length() : end + 2;
	}

	/**
	 * The end of the quoted literal or identifier that starts at an index. A doubled quote does not end
	 * it, nor, in string literals ({@code '} and {@code "}), a quote escaped by a backslash.
	 * @param sql the SQL
	 * @param start the index of the opening quote
	 * @return the index after the closing quote, or the length of the SQL when it is not closed
	 */
	public static int endOfQuoted(String sql, int start) {
		char quote = sql.charAt(start);
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
		return sql.length();
	}

}
