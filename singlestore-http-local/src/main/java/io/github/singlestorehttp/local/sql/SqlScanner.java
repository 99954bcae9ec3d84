package io.github.singlestorehttp.local.sql;

/**
 * Walks SQL text the way H2 tokenizes it, telling literals, quoted identifiers and comments apart from the
 * statement itself. Quotes are {@code '}, {@code "} and {@code `}, escaped by doubling (a backslash is not an escape);
 * comments are {@code -- …} to the end of the line and {@code /* … *}{@code /}.
 */
final class SqlScanner {

	private final String sql;

	SqlScanner(String sql) {
		this.sql = sql;
	}

	/**
	 * Finds the first {@code ;} that is outside literals, identifiers and comments.
	 * @return its index, or the text length when there is none
	 */
	int firstSeparator() {
		int index = 0;
		while (index < this.sql.length()) {
			char current = this.sql.charAt(index);
			if (current == ';') {
				return index;
			}
			int next = skipCommentOrQuoted(index);
			index = (next > index) ? next : index + 1;
		}
		return this.sql.length();
	}

	/**
	 * Tells whether a range holds nothing but whitespace, comments and {@code ;}.
	 * @param from the start index, inclusive
	 * @param to the end index, exclusive
	 * @return {@code true} if the range holds no statement text
	 */
	boolean isBlank(int from, int to) {
		return firstSignificant(from, to) == to;
	}

	/**
	 * Returns the first word of the statement in a range, skipping comments and opening parentheses.
	 * @param from the start index, inclusive
	 * @param to the end index, exclusive
	 * @return the word in upper case, or an empty string
	 */
	String firstWord(int from, int to) {
		int start = firstSignificant(from, to);
		while (start < to && this.sql.charAt(start) == '(') {
			start = firstSignificant(start + 1, to);
		}
		int end = start;
		while (end < to && Character.isLetter(this.sql.charAt(end))) {
			end++;
		}
		return this.sql.substring(start, end).toUpperCase(java.util.Locale.ROOT);
	}

	private int firstSignificant(int from, int to) {
		int index = from;
		while (index < to) {
			char current = this.sql.charAt(index);
			if (Character.isWhitespace(current) || current == ';') {
				index++;
			}
			else if (startsComment(index)) {
				index = skipCommentOrQuoted(index);
			}
			else {
				return index;
			}
		}
		return to;
	}

	private boolean startsComment(int index) {
		return this.sql.startsWith("--", index) || this.sql.startsWith("/*", index);
	}

	private int skipCommentOrQuoted(int index) {
		if (this.sql.startsWith("--", index)) {
			int lineEnd = this.sql.indexOf('\n', index);
			return (lineEnd < 0) ? this.sql.length() : lineEnd + 1;
		}
		if (this.sql.startsWith("/*", index)) {
			int commentEnd = this.sql.indexOf("*/", index + 2);
			return (commentEnd < 0) ? this.sql.length() : commentEnd + 2;
		}
		char current = this.sql.charAt(index);
		if (current == '\'' || current == '"' || current == '`') {
			return skipQuoted(index, current);
		}
		return index;
	}

	private int skipQuoted(int opening, char quote) {
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

}
