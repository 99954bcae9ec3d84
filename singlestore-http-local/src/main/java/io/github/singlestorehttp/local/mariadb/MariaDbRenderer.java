package io.github.singlestorehttp.local.mariadb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.dialect.TokenList;

/**
 * Writes a statement for MariaDB, which reads MySQL's syntax as SingleStore does: tokens become text again
 * (string literals with MySQL's backslash escapes), and the functions SingleStore has and MariaDB lacks become
 * MariaDB expressions or calls of the stored functions in the helper database ({@code functions.sql}): the JSON
 * functions with a path built from their key arguments, the vector functions over JSON array text,
 * {@code GEOGRAPHY_POINT} as WKT text and {@code MATCH … AGAINST} as a substring search (no full-text index
 * locally).
 */
final class MariaDbRenderer {

	private static final Map<String, String> RENAMED = Map.of("JSON_AGG", "JSON_ARRAYAGG", "JSON_BUILD_OBJECT",
			"JSON_OBJECT", "JSON_BUILD_ARRAY", "JSON_ARRAY", "VECTOR_NUM_ELEMENTS", "JSON_LENGTH", "JSON_ARRAY_PACK",
			"JSON_COMPACT");

	private static final Map<String, String> VECTOR_FUNCTIONS = Map.of("DOT_PRODUCT", "vector_dot_product",
			"EUCLIDEAN_DISTANCE", "vector_euclidean_distance", "VECTOR_ELEMENTS_SUM", "vector_elements_sum",
			"SCALAR_VECTOR_MUL", "vector_scale", "VECTOR_SUBVECTOR", "vector_subvector");

	private static final Map<String, String> VECTOR_OPERATIONS = Map.of("VECTOR_ADD", "+", "VECTOR_SUB", "-",
			"VECTOR_MUL", "*");

	private static final Set<String> EMULATED = emulated();

	private final String helper;

	/**
	 * Creates a renderer.
	 * @param helperDatabase the database holding the stored functions
	 */
	MariaDbRenderer(String helperDatabase) {
		this.helper = quote(helperDatabase) + ".";
	}

	private static Set<String> emulated() {
		Set<String> names = new HashSet<>(Set.of("JSON_EXTRACT_STRING", "JSON_EXTRACT_JSON", "JSON_EXTRACT_DOUBLE",
				"JSON_EXTRACT_BIGINT", "JSON_SET_STRING", "JSON_SET_DOUBLE", "JSON_SET_BIGINT", "JSON_SET_JSON",
				"JSON_DELETE_KEY", "JSON_ARRAY_PUSH_STRING", "JSON_ARRAY_PUSH_DOUBLE", "JSON_ARRAY_PUSH_BIGINT",
				"JSON_ARRAY_PUSH_JSON", "JSON_ARRAY_CONTAINS_STRING", "JSON_ARRAY_CONTAINS_DOUBLE",
				"JSON_ARRAY_CONTAINS_BIGINT", "JSON_ARRAY_CONTAINS_JSON", "JSON_ARRAY_UNPACK", "VECTOR_KTH_ELEMENT",
				"GEOGRAPHY_POINT"));
		names.addAll(VECTOR_FUNCTIONS.keySet());
		names.addAll(VECTOR_OPERATIONS.keySet());
		return Set.copyOf(names);
	}

	String render(List<Token> tokens) throws DialectException {
		return text(rewrite(tokens)).strip();
	}

	private List<Token> rewrite(List<Token> in) throws DialectException {
		List<Token> out = new ArrayList<>(in.size());
		int index = 0;
		while (index < in.size()) {
			Token token = in.get(index);
			boolean call = token.kind() == Token.Kind.WORD && index + 1 < in.size() && in.get(index + 1).is("(")
					&& (out.isEmpty() || !out.get(out.size() - 1).is("."));
			if (call && token.isWord("MATCH")) {
				index = matchAgainst(in, index, out);
				continue;
			}
			String replacement = null;
			int close = -1;
			if (call && EMULATED.contains(token.upper())) {
				close = TokenList.closing(in, index + 1);
				List<String> arguments = new ArrayList<>();
				for (List<Token> argument : TokenList.arguments(in, index + 1, close)) {
					arguments.add(text(rewrite(argument)).strip());
				}
				replacement = call(token.upper(), arguments, TokenList.arguments(in, index + 1, close));
			}
			if (replacement != null) {
				out.add(new Token(Token.Kind.WORD, replacement, token.spaceBefore(), -1));
				index = close + 1;
			}
			else if (call && RENAMED.containsKey(token.upper())) {
				out.add(new Token(Token.Kind.WORD, RENAMED.get(token.upper()), token.spaceBefore(), -1));
				index++;
			}
			else {
				out.add(token);
				index++;
			}
		}
		return out;
	}

	/**
	 * The MariaDB text for a call of a SingleStore function MariaDB lacks.
	 * @return the text, or {@code null} when MariaDB has the function (or a renamed one)
	 */
	private String call(String name, List<String> arguments, List<List<Token>> source) {
		int count = arguments.size();
		if (VECTOR_FUNCTIONS.containsKey(name)) {
			return this.helper + VECTOR_FUNCTIONS.get(name) + "(" + String.join(", ", arguments) + ")";
		}
		if (VECTOR_OPERATIONS.containsKey(name) && count == 2) {
			return this.helper + "vector_combine(" + arguments.get(0) + ", " + arguments.get(1) + ", '"
					+ VECTOR_OPERATIONS.get(name) + "')";
		}
		if (count == 0) {
			return null;
		}
		String first = arguments.get(0);
		String last = arguments.get(count - 1);
		return switch (name) {
			case "JSON_EXTRACT_STRING", "JSON_EXTRACT_JSON", "JSON_EXTRACT_DOUBLE", "JSON_EXTRACT_BIGINT" ->
				this.helper + name.toLowerCase(Locale.ROOT) + "(" + first + ", "
						+ path(source.subList(1, count), arguments.subList(1, count)) + ")";
			case "JSON_SET_STRING", "JSON_SET_DOUBLE", "JSON_SET_BIGINT" ->
				"JSON_SET(" + first + ", " + path(source.subList(1, count - 1), arguments.subList(1, count - 1)) + ", "
						+ last + ")";
			case "JSON_SET_JSON" -> "JSON_SET(" + first + ", "
					+ path(source.subList(1, count - 1), arguments.subList(1, count - 1)) + ", JSON_EXTRACT(" + last
					+ ", '$'))";
			case "JSON_DELETE_KEY" -> "JSON_REMOVE(" + first + ", "
					+ path(source.subList(1, count), arguments.subList(1, count)) + ")";
			case "JSON_ARRAY_PUSH_STRING", "JSON_ARRAY_PUSH_DOUBLE", "JSON_ARRAY_PUSH_BIGINT" ->
				"JSON_ARRAY_APPEND(" + first + ", '$', " + last + ")";
			case "JSON_ARRAY_PUSH_JSON" -> "JSON_ARRAY_APPEND(" + first + ", '$', JSON_EXTRACT(" + last + ", '$'))";
			case "JSON_ARRAY_CONTAINS_STRING" -> "JSON_CONTAINS(" + first + ", JSON_QUOTE(" + last + "))";
			case "JSON_ARRAY_CONTAINS_DOUBLE", "JSON_ARRAY_CONTAINS_BIGINT" ->
				"JSON_CONTAINS(" + first + ", CAST(" + last + " AS CHAR))";
			case "JSON_ARRAY_CONTAINS_JSON" -> "JSON_CONTAINS(" + first + ", " + last + ")";
			case "JSON_ARRAY_UNPACK" -> "(" + first + ")";
			case "VECTOR_KTH_ELEMENT" -> "JSON_EXTRACT(" + first + ", CONCAT('$[', " + last + ", ']'))";
			case "GEOGRAPHY_POINT" -> "CONCAT('POINT(', " + first + ", ' ', " + last + ", ')')";
			default -> null;
		};
	}

	/**
	 * A JSON path from SingleStore's key arguments: a string is an object key, a number an array index. Literal keys
	 * give a literal path; other keys are object keys computed when the statement runs.
	 */
	private static String path(List<List<Token>> keys, List<String> rendered) {
		StringBuilder literal = new StringBuilder("$");
		List<String> parts = new ArrayList<>();
		for (int index = 0; index < keys.size(); index++) {
			List<Token> key = keys.get(index);
			Token single = (key.size() == 1) ? key.get(0) : null;
			if (single != null && single.kind() == Token.Kind.STRING) {
				literal.append(".\"").append(single.text().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
			else if (single != null && single.kind() == Token.Kind.NUMBER) {
				literal.append('[').append(single.text()).append(']');
			}
			else {
				parts.add(string(literal.toString()));
				parts.add("'.', JSON_QUOTE(" + rendered.get(index) + ")");
				literal.setLength(0);
			}
		}
		if (parts.isEmpty()) {
			return string(literal.toString());
		}
		if (!literal.isEmpty()) {
			parts.add(string(literal.toString()));
		}
		return "CONCAT(" + String.join(", ", parts) + ")";
	}

	/**
	 * {@code MATCH (c1, c2) AGAINST ('terms' [modifier])} becomes a search for the terms in the columns' text.
	 */
	private int matchAgainst(List<Token> in, int index, List<Token> out) throws DialectException {
		int columnsClose = TokenList.closing(in, index + 1);
		if (columnsClose + 2 >= in.size() || !in.get(columnsClose + 1).isWord("AGAINST")
				|| !in.get(columnsClose + 2).is("(")) {
			out.add(in.get(index));
			return index + 1;
		}
		int againstClose = TokenList.closing(in, columnsClose + 2);
		int modifier = TokenList.findTopLevelWord(in.subList(0, againstClose), columnsClose + 3, "IN", "WITH");
		int queryEnd = (modifier > 0) ? modifier : againstClose;
		String columns = text(rewrite(in.subList(index + 2, columnsClose))).strip();
		String query = text(rewrite(in.subList(columnsClose + 3, queryEnd))).strip();
		out.add(new Token(Token.Kind.WORD, "(LOCATE(" + query + ", CONCAT_WS(' ', " + columns + ")) > 0)",
				in.get(index).spaceBefore(), -1));
		return againstClose + 1;
	}

	/**
	 * Writes tokens as MariaDB text.
	 * @param tokens the tokens
	 * @return the text
	 */
	static String text(List<Token> tokens) {
		StringBuilder text = new StringBuilder();
		for (Token token : tokens) {
			if (!text.isEmpty() && token.spaceBefore()) {
				text.append(' ');
			}
			text.append(literal(token));
		}
		return text.toString();
	}

	private static String literal(Token token) {
		return switch (token.kind()) {
			case STRING -> string(token.text());
			case QUOTED_IDENTIFIER -> quote(token.text());
			case HEX -> "X'" + ((token.text().length() % 2 == 1) ? "0" : "") + token.text() + "'";
			case BITS -> "b'" + token.text() + "'";
			default -> token.text();
		};
	}

	private static String string(String value) {
		return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\0", "\\0") + "'";
	}

	static String quote(String identifier) {
		return "`" + identifier.replace("`", "``") + "`";
	}

}
