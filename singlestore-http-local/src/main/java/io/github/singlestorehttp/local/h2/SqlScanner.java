package io.github.singlestorehttp.local.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks SQL text the way H2 tokenizes it, telling literals, quoted identifiers and comments apart from the
 * statement itself. String literals are quoted with {@code '} or written {@code $$…$$}; identifiers are quoted with
 * {@code "} or {@code `}; quotes are escaped by doubling (a backslash is not an escape). Comments are {@code -- …}
 * and {@code // …} to the end of the line, and {@code /* … *}{@code /}, which may nest.
 */
final class SqlScanner {

	/** The token that stands for any string literal. */
	static final String LITERAL = "'";

	private final String sql;

	SqlScanner(String sql) {
		this.sql = sql;
	}

	/**
	 * Finds the first {@code ;} that is outside literals, identifiers and comments.
	 * @return its index, or the text length when there is none
	 */
	int firstSeparator() {
		int index = skipSpaceAndComments(0, this.sql.length());
		while (index < this.sql.length() && this.sql.charAt(index) != ';') {
			index = skipSpaceAndComments(tokenEnd(index), this.sql.length());
		}
		return index;
	}

	/**
	 * Tells whether a range holds nothing but whitespace, comments and {@code ;}.
	 * @param from the start index, inclusive
	 * @param to the end index, exclusive
	 * @return {@code true} if the range holds no statement text
	 */
	boolean isBlank(int from, int to) {
		int index = skipSpaceAndComments(from, to);
		while (index < to && this.sql.charAt(index) == ';') {
			index = skipSpaceAndComments(index + 1, to);
		}
		return index >= to;
	}

	/**
	 * Splits a range into tokens, leaving whitespace and comments out. Words (keywords, unquoted identifiers,
	 * numbers) are in upper case; a quoted identifier is its name in upper case between {@code "}; every string
	 * literal is {@value #LITERAL}; any other character is a token of its own.
	 * @param from the start index, inclusive
	 * @param to the end index, exclusive
	 * @return the tokens, in order
	 */
	List<String> tokens(int from, int to) {
		List<String> tokens = new ArrayList<>();
		int index = skipSpaceAndComments(from, to);
		while (index < to) {
			int end = Math.min(tokenEnd(index), to);
			tokens.add(tokenText(index, end));
			index = skipSpaceAndComments(end, to);
		}
		return tokens;
	}

	private String tokenText(int start, int end) {
		char first = this.sql.charAt(start);
		if (first == '\'' || this.sql.startsWith("$$", start)) {
			return LITERAL;
		}
		if (first == '"' || first == '`') {
			String quote = String.valueOf(first);
			String name = this.sql.substring(start + 1, Math.max(start + 1, end - 1)).replace(quote + quote, quote);
			return '"' + name.toUpperCase(Locale.ROOT) + '"';
		}
		return this.sql.substring(start, end).toUpperCase(Locale.ROOT);
	}

	private int tokenEnd(int start) {
		char first = this.sql.charAt(start);
		if (first == '\'' || first == '"' || first == '`') {
			return quotedEnd(start, first);
		}
		if (this.sql.startsWith("$$", start)) {
			int closing = this.sql.indexOf("$$", start + 2);
			return (closing < 0) ? this.sql.length() : closing + 2;
		}
		int end = start;
		while (end < this.sql.length() && Character.isJavaIdentifierPart(this.sql.charAt(end))) {
			end++;
		}
		return Math.max(end, start + 1);
	}

	private int quotedEnd(int opening, char quote) {
		int index = opening + 1;
		while (index < this.sql.length()) {
			if (this.sql.charAt(index) == quote) {
				boolean doubled = index + 1 < this.sql.length() && this.sql.charAt(index + 1) == quote;
				if (!doubled) {
					return index + 1;
				}
				index++;
			}
			index++;
		}
		return this.sql.length();
	}

	private int skipSpaceAndComments(int from, int to) {
		int index = from;
		while (index < to) {
			if (isSpace(this.sql.charAt(index))) {
				index++;
			}
			else if (this.sql.startsWith("--", index) || this.sql.startsWith("//", index)) {
				index = lineEnd(index);
			}
			else if (this.sql.startsWith("/*", index)) {
				index = bracketedCommentEnd(index);
			}
			else {
				return index;
			}
		}
		return to;
	}

	/**
	 * Tells whether H2 skips a character between tokens: control characters, spaces and Unicode space separators
	 * such as the no-break space.
	 */
	private static boolean isSpace(char character) {
		return character <= ' ' || Character.isSpaceChar(character);
	}

	private int lineEnd(int index) {
		int end = index;
		while (end < this.sql.length() && this.sql.charAt(end) != '\n' && this.sql.charAt(end) != '\r') {
			end++;
		}
		return end;
	}

	private int bracketedCommentEnd(int opening) {
		int depth = 0;
		int index = opening;
		while (index < this.sql.length()) {
			if (this.sql.startsWith("/*", index)) {
				depth++;
				index += 2;
			}
			else if (this.sql.startsWith("*/", index)) {
				depth--;
				index += 2;
				if (depth == 0) {
					return index;
				}
			}
			else {
				index++;
			}
		}
		return this.sql.length();
	}

}
