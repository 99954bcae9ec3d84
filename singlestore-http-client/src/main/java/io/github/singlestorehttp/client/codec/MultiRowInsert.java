package io.github.singlestorehttp.client.codec;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An {@code INSERT} or {@code REPLACE} whose single {@code VALUES (…)} tuple holds all placeholders,
 * split so that the tuple can be repeated once per row: {@code prefix (…),(…),(…) suffix}. The suffix
 * may be an {@code ON DUPLICATE KEY UPDATE} clause without placeholders.
 *
 * @param prefix the SQL up to and including {@code VALUES}
 * @param tuple the parenthesized tuple with the placeholders
 * @param suffix the SQL after the tuple
 */
record MultiRowInsert(String prefix, String tuple, String suffix) {

	/**
	 * Split a statement, if it has the form.
	 * @param sql the statement
	 * @return the parts, or empty when the statement cannot be rewritten into a multi-row insert
	 */
	static Optional<MultiRowInsert> of(String sql) {
		String leading = SqlScanner.leadingCode(sql);
		if (!leading.startsWith("INSERT") && !leading.startsWith("REPLACE")) {
			return Optional.empty();
		}
		int[] code = codeIndexes(sql);
		int values = findKeyword(sql, code, "VALUES");
		if (values < 0) {
			return Optional.empty();
		}
		int open = nextCode(sql, code, values + "VALUES".length());
		if (open < 0 || sql.charAt(open) != '(') {
			return Optional.empty();
		}
		int close = matchingParenthesis(sql, code, open);
		if (close < 0) {
			return Optional.empty();
		}
		String suffix = sql.substring(close + 1);
		if (!suffixAllowed(suffix)) {
			return Optional.empty();
		}
		int[] placeholders = SqlScanner.positions(sql);
		if (placeholders.length == 0 || placeholders[0] < open || placeholders[placeholders.length - 1] > close) {
			return Optional.empty();
		}
		return Optional.of(new MultiRowInsert(sql.substring(0, open), sql.substring(open, close + 1), suffix));
	}

	private static boolean suffixAllowed(String suffix) {
		String code = SqlScanner.leadingCode(suffix).replace(";", "").trim();
		return code.isEmpty() || (code.startsWith("ON DUPLICATE KEY UPDATE") && SqlScanner.positions(suffix).length == 0);
	}

	private static int[] codeIndexes(String sql) {
		IntStream.Builder code = IntStream.builder();
		SqlScanner.forEachCodeCharacter(sql, code::add);
		return code.build().toArray();
	}

	private static int findKeyword(String sql, int[] code, String keyword) {
		String upper = sql.toUpperCase(Locale.ROOT);
		for (int k = 0; k < code.length; k++) {
			int i = code[k];
			if (upper.startsWith(keyword, i) && isBoundary(sql, i - 1) && isBoundary(sql, i + keyword.length())
					&& k + keyword.length() - 1 < code.length && code[k + keyword.length() - 1] == i + keyword.length() - 1) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isBoundary(String sql, int index) {
		if (index < 0 || index >= sql.length()) {
			return true;
		}
		char c = sql.charAt(index);
		return !Character.isLetterOrDigit(c) && c != '_' && c != '`' && c != '$';
	}

	private static int nextCode(String sql, int[] code, int from) {
		for (int i : code) {
			if (i >= from && !Character.isWhitespace(sql.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int matchingParenthesis(String sql, int[] code, int open) {
		int depth = 0;
		for (int i : code) {
			if (i < open) {
				continue;
			}
			char c = sql.charAt(i);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		return -1;
	}

}
