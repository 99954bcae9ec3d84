package io.github.singlestorehttp.local.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Navigation over a statement's tokens: matching parentheses, arguments split at top-level commas, operands.
 */
public final class TokenList {

	private TokenList() {
	}

	/**
	 * Finds the parenthesis that closes the one at an index.
	 * @param tokens the tokens
	 * @param open the index of a {@code (}
	 * @return the index of the matching {@code )}
	 * @throws DialectException 1064 when it is not closed
	 */
	public static int closing(List<Token> tokens, int open) throws DialectException {
		int depth = 0;
		for (int index = open; index < tokens.size(); index++) {
			Token token = tokens.get(index);
			if (token.is("(")) {
				depth++;
			}
			else if (token.is(")")) {
				depth--;
				if (depth == 0) {
					return index;
				}
			}
		}
		throw DialectException.syntax(text(tokens.subList(open, Math.min(tokens.size(), open + 8))));
	}

	/**
	 * Finds the parenthesis that opens the one closed at an index.
	 * @param tokens the tokens
	 * @param close the index of a {@code )}
	 * @return the index of the matching {@code (}, or {@code -1}
	 */
	public static int opening(List<Token> tokens, int close) {
		int depth = 0;
		for (int index = close; index >= 0; index--) {
			Token token = tokens.get(index);
			if (token.is(")")) {
				depth++;
			}
			else if (token.is("(")) {
				depth--;
				if (depth == 0) {
					return index;
				}
			}
		}
		return -1;
	}

	/**
	 * Splits the tokens between two parentheses at the commas outside nested parentheses.
	 * @param tokens the tokens
	 * @param open the index of the {@code (}
	 * @param close the index of its {@code )}
	 * @return the arguments; empty for {@code ()}
	 */
	public static List<List<Token>> arguments(List<Token> tokens, int open, int close) {
		return (close == open + 1) ? new ArrayList<>() : split(tokens.subList(open + 1, close));
	}

	/**
	 * Splits tokens at the commas outside parentheses.
	 * @param tokens the tokens
	 * @return the parts, at least one
	 */
	public static List<List<Token>> split(List<Token> tokens) {
		List<List<Token>> parts = new ArrayList<>();
		int start = 0;
		int comma = findTopLevel(tokens, 0, tokens.size(), (token) -> token.is(","));
		while (comma >= 0) {
			parts.add(new ArrayList<>(tokens.subList(start, comma)));
			start = comma + 1;
			comma = findTopLevel(tokens, start, tokens.size(), (token) -> token.is(","));
		}
		parts.add(new ArrayList<>(tokens.subList(start, tokens.size())));
		return parts;
	}

	/**
	 * Finds where the operand that ends just before an index starts: a literal, a placeholder, a variable, a
	 * possibly qualified name, a parenthesised expression or a function call, each possibly followed by
	 * {@code ::} accesses and {@code :>} casts already folded into calls.
	 * @param tokens the tokens
	 * @param end the index after the operand
	 * @return the index of the operand's first token
	 * @throws DialectException 1064 when no operand precedes the index
	 */
	public static int operandStart(List<Token> tokens, int end) throws DialectException {
		int index = end - 1;
		if (index < 0) {
			throw DialectException.syntax(text(tokens.subList(0, Math.min(tokens.size(), 8))));
		}
		Token last = tokens.get(index);
		if (last.is(")")) {
			int open = opening(tokens, index);
			if (open > 0 && isFunctionName(tokens.get(open - 1)) && !tokens.get(open).spaceBefore()) {
				return nameStart(tokens, open - 1);
			}
			return Math.max(open, 0);
		}
		if (isName(last)) {
			return nameStart(tokens, index);
		}
		if (last.kind() == Token.Kind.SYMBOL) {
			throw DialectException.syntax(text(tokens.subList(index, Math.min(tokens.size(), index + 8))));
		}
		if (index > 0 && last.kind() == Token.Kind.STRING && tokens.get(index - 1).kind() == Token.Kind.WORD
				&& tokens.get(index - 1).text().startsWith("_") && !last.spaceBefore()) {
			return index - 1;
		}
		return index;
	}

	/**
	 * Finds where the operand that starts at an index ends: the mirror of {@link #operandStart(List, int)}.
	 * @param tokens the tokens
	 * @param start the index of the operand's first token
	 * @return the index after the operand
	 * @throws DialectException 1064 when no operand starts at the index
	 */
	public static int operandEnd(List<Token> tokens, int start) throws DialectException {
		if (start >= tokens.size()) {
			throw DialectException.syntax("");
		}
		Token first = tokens.get(start);
		if (first.is("-") || first.is("+")) {
			return operandEnd(tokens, start + 1);
		}
		if (first.is("(")) {
			return closing(tokens, start) + 1;
		}
		if (isName(first)) {
			int index = start;
			while (index + 2 < tokens.size() && tokens.get(index + 1).is(".") && isName(tokens.get(index + 2))) {
				index += 2;
			}
			if (index + 1 < tokens.size() && tokens.get(index + 1).is("(") && !tokens.get(index + 1).spaceBefore()) {
				return closing(tokens, index + 1) + 1;
			}
			return index + 1;
		}
		if (first.kind() == Token.Kind.SYMBOL) {
			throw DialectException.syntax(text(tokens.subList(start, Math.min(tokens.size(), start + 8))));
		}
		return start + 1;
	}

	private static int nameStart(List<Token> tokens, int index) {
		int start = index;
		while (start >= 2 && tokens.get(start - 1).is(".") && isName(tokens.get(start - 2))) {
			start -= 2;
		}
		return start;
	}

	private static boolean isFunctionName(Token token) {
		return isName(token) && !token.isWord("SELECT", "WHERE", "AND", "OR", "NOT", "IN", "ON", "AS", "BY", "WHEN",
				"THEN", "ELSE", "CASE", "FROM", "JOIN", "HAVING", "VALUES", "SET", "EXISTS", "LIKE", "IS", "BETWEEN",
				"RETURN", "DISTINCT", "UNION", "ALL", "ANY", "XOR", "DIV", "MOD", "REGEXP", "RLIKE");
	}

	private static boolean isName(Token token) {
		return token.kind() == Token.Kind.WORD || token.kind() == Token.Kind.QUOTED_IDENTIFIER;
	}

	/**
	 * Finds the first token at nesting depth zero that is one of the given words.
	 * @param tokens the tokens
	 * @param from the index to start at
	 * @param words the words
	 * @return the index, or {@code -1}
	 */
	public static int findTopLevelWord(List<Token> tokens, int from, String... words) {
		return findTopLevel(tokens, from, tokens.size(), (token) -> token.isWord(words));
	}

	/**
	 * Finds the first token outside parentheses, between two indexes, that matches a condition.
	 * @param tokens the tokens
	 * @param from the index to start at
	 * @param to the index to stop before
	 * @param condition the condition
	 * @return the index, or {@code -1}
	 */
	public static int findTopLevel(List<Token> tokens, int from, int to, Predicate<Token> condition) {
		int depth = 0;
		for (int index = from; index < to; index++) {
			Token token = tokens.get(index);
			if (token.is("(")) {
				depth++;
			}
			else if (token.is(")")) {
				depth--;
			}
			else if (depth == 0 && condition.test(token)) {
				return index;
			}
		}
		return -1;
	}

	/**
	 * Renders tokens as text for messages, with single spaces where the source had space.
	 * @param tokens the tokens
	 * @return the text
	 */
	public static String text(List<Token> tokens) {
		StringBuilder text = new StringBuilder();
		for (Token token : tokens) {
			if (!text.isEmpty() && token.spaceBefore()) {
				text.append(' ');
			}
			text.append(switch (token.kind()) {
				case STRING -> "'" + token.text() + "'";
				case QUOTED_IDENTIFIER -> "`" + token.text() + "`";
				case HEX -> "X'" + token.text() + "'";
				case BITS -> "b'" + token.text() + "'";
				default -> token.text();
			});
		}
		return text.toString();
	}

}
