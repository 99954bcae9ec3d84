package io.github.singlestorehttp.local.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Finds the arguments of string functions that are a column name and nothing else, as {@code v} in {@code HEX(v)},
 * {@code t.v} in {@code LENGTH(t.v)} or {@code v} in {@code CONCAT('x', v)}. What such a call means depends on the
 * column's type: SingleStore's "Vector Type" page says "String functions, such as CONCAT, LENGTH, SUBSTRING, and HEX
 * operate on the binary representation of a vector", so a database that keeps vectors (or times) in another form
 * must see the column's type before it runs the statement. The search is made once per statement text, so that
 * statements without such a call cost no look-up of their columns.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/data-types/vector-type/">Vector Type</a>
 */
public final class ColumnStringArguments {

	/** The string functions that see a vector's binary form; all but CONCAT take the string first. */
	public static final Set<String> FUNCTIONS = Set.of("HEX", "LENGTH", "OCTET_LENGTH", "SUBSTRING", "SUBSTR",
			"TO_BASE64", "CONCAT");

	/** The string function that takes strings in every argument. */
	public static final String CONCAT = "CONCAT";

	private ColumnStringArguments() {
	}

	/**
	 * Finds the column arguments of string functions.
	 * @param tokens a statement's tokens
	 * @return the arguments, in statement order; empty for most statements
	 */
	public static List<ColumnArgument> of(List<Token> tokens) {
		List<ColumnArgument> found = new ArrayList<>();
		for (int index = 0; index + 1 < tokens.size(); index++) {
			Token token = tokens.get(index);
			if (token.kind() == Token.Kind.WORD && FUNCTIONS.contains(token.upper()) && tokens.get(index + 1).is("(")
					&& (index == 0 || !tokens.get(index - 1).is("."))) {
				addArguments(tokens, index, token.isWord(CONCAT), found);
			}
		}
		return found;
	}

	private static void addArguments(List<Token> tokens, int function, boolean all, List<ColumnArgument> found) {
		int start = function + 2;
		int depth = 0;
		for (int index = start; index < tokens.size(); index++) {
			Token token = tokens.get(index);
			if (token.is("(")) {
				depth++;
			}
			else if (token.is(")") && depth > 0) {
				depth--;
			}
			else if (depth == 0 && (token.is(",") || token.is(")"))) {
				ColumnArgument argument = ColumnArgument.of(tokens, function, start, index);
				if (argument != null) {
					found.add(argument);
				}
				if (token.is(")") || !all) {
					return;
				}
				start = index + 1;
			}
		}
	}

	private static boolean isName(Token token) {
		return token.kind() == Token.Kind.WORD || token.kind() == Token.Kind.QUOTED_IDENTIFIER;
	}

	/**
	 * A column name as a string function's argument.
	 *
	 * @param function the index of the function's name
	 * @param start the index of its first token
	 * @param end the index after its last token
	 * @param qualifier the table name or alias before it, or {@code null}
	 * @param column the column's name
	 */
	public record ColumnArgument(int function, int start, int end, @Nullable String qualifier, String column) {

		private static @Nullable ColumnArgument of(List<Token> tokens, int function, int start, int end) {
			if (end == start + 1 && isName(tokens.get(start))) {
				return new ColumnArgument(function, start, end, null, tokens.get(start).text());
			}
			if (end == start + 3 && isName(tokens.get(start)) && tokens.get(start + 1).is(".")
					&& isName(tokens.get(start + 2))) {
				return new ColumnArgument(function, start, end, tokens.get(start).text(),
						tokens.get(start + 2).text());
			}
			return null;
		}

	}

}
