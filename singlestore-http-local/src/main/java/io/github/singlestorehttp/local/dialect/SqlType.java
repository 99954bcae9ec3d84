package io.github.singlestorehttp.local.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A data type as written in a SingleStore statement, with SingleStore's synonyms resolved: {@code INTEGER} is
 * {@code INT}, {@code DEC}, {@code FIXED} and {@code NUMERIC} are {@code DECIMAL}, {@code BOOLEAN} is {@code BOOL},
 * {@code REAL} and {@code DOUBLE PRECISION} are {@code DOUBLE}, {@code CHARACTER} is {@code CHAR}.
 *
 * @param name the type's name in upper case
 * @param arguments what stood between the type's parentheses, split at commas (lengths, precision and scale, ENUM
 * and SET values, a VECTOR's dimensions and element type); empty without parentheses
 * @param unsigned whether {@code UNSIGNED} followed it
 */
public record SqlType(String name, List<List<Token>> arguments, boolean unsigned) {

	private static final Map<String, String> SYNONYMS = Map.of("INTEGER", "INT", "DEC", "DECIMAL", "FIXED", "DECIMAL",
			"NUMERIC", "DECIMAL", "BOOLEAN", "BOOL", "REAL", "DOUBLE", "CHARACTER", "CHAR", "INT4", "INT",
			"INT8", "BIGINT");

	/**
	 * Reads a type starting at an index.
	 * @param tokens the tokens
	 * @param start the index of the type's name
	 * @return the type and the index after it
	 * @throws DialectException 1064 when no type stands there
	 */
	public static Parsed parse(List<Token> tokens, int start) throws DialectException {
		if (start >= tokens.size() || tokens.get(start).kind() != Token.Kind.WORD) {
			throw DialectException.syntax(TokenList.text(tokens.subList(Math.min(start, tokens.size()),
					Math.min(tokens.size(), start + 8))));
		}
		String name = tokens.get(start).upper();
		int index = start + 1;
		if (name.equals("DOUBLE") && index < tokens.size() && tokens.get(index).isWord("PRECISION")) {
			index++;
		}
		if ((name.equals("CHARACTER") || name.equals("CHAR")) && index < tokens.size()
				&& tokens.get(index).isWord("VARYING")) {
			name = "VARCHAR";
			index++;
		}
		if (name.equals("SIGNED") || name.equals("UNSIGNED")) {
			boolean unsigned = name.equals("UNSIGNED");
			if (index < tokens.size() && tokens.get(index).isWord("INTEGER", "INT")) {
				index++;
			}
			return new Parsed(new SqlType("BIGINT", List.of(), unsigned), index);
		}
		List<List<Token>> arguments = new ArrayList<>();
		if (index < tokens.size() && tokens.get(index).is("(")) {
			int close = TokenList.closing(tokens, index);
			arguments = TokenList.arguments(tokens, index, close);
			index = close + 1;
		}
		boolean unsigned = false;
		while (index < tokens.size() && tokens.get(index).isWord("UNSIGNED", "SIGNED", "ZEROFILL")) {
			unsigned |= tokens.get(index).isWord("UNSIGNED");
			index++;
		}
		return new Parsed(new SqlType(SYNONYMS.getOrDefault(name, name), arguments, unsigned), index);
	}

	/**
	 * The argument at a position as text, or a default.
	 * @param position the position
	 * @param defaultValue the value when there is no such argument
	 * @return the argument's text
	 */
	public String argument(int position, String defaultValue) {
		return (position < this.arguments.size()) ? TokenList.text(this.arguments.get(position)).strip()
				: defaultValue;
	}

	/**
	 * A type and where its tokens end.
	 *
	 * @param type the type
	 * @param end the index after the type's tokens
	 */
	public record Parsed(SqlType type, int end) {
	}

}
