package io.github.singlestorehttp.local.mariadb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.Token;
import org.jspecify.annotations.Nullable;

/**
 * MariaDB expressions for calls of SingleStore functions that MariaDB lacks or that mean something else there: the
 * JSON functions with a JSON path built from their key arguments, the vector functions as calls of the stored
 * functions in the helper database ({@code functions.sql}), {@code GEOGRAPHY_POINT} as WKT text, {@code TRUNC},
 * {@code DATE_TRUNC}, {@code TIME_BUCKET} and {@code REGEXP_REPLACE} (which replaces only the first match unless
 * given the {@code g} flag); {@code QUOTE} gives text. Functions MariaDB has under another name are renamed;
 * {@code VECTOR_SUM} and {@code VECTOR_SORT} are refused with error 1706.
 */
final class FunctionCalls {

	private static final Map<String, String> RENAMED = Map.of("JSON_AGG", "JSON_ARRAYAGG", "JSON_BUILD_OBJECT",
			"JSON_OBJECT", "JSON_BUILD_ARRAY", "JSON_ARRAY", "VECTOR_NUM_ELEMENTS", "JSON_LENGTH", "JSON_ARRAY_PACK",
			"JSON_COMPACT");

	private static final Map<String, String> VECTOR_FUNCTIONS = Map.of("DOT_PRODUCT", "vector_dot_product",
			"EUCLIDEAN_DISTANCE", "vector_euclidean_distance", "VECTOR_ELEMENTS_SUM", "vector_elements_sum",
			"SCALAR_VECTOR_MUL", "vector_scale", "VECTOR_SUBVECTOR", "vector_subvector");

	private static final Map<String, String> VECTOR_OPERATIONS = Map.of("VECTOR_ADD", "+", "VECTOR_SUB", "-",
			"VECTOR_MUL", "*");

	private static final Map<String, String> DATE_TRUNCATIONS = Map.of("YEAR", "%Y-01-01", "MONTH", "%Y-%m-01", "DAY",
			"%Y-%m-%d", "HOUR", "%Y-%m-%d %H:00:00", "MINUTE", "%Y-%m-%d %H:%i:00", "SECOND", "%Y-%m-%d %H:%i:%s");

	/** Oracle-style formats of {@code TRUNC(date, 'fmt')}, by the unit of {@link #DATE_TRUNCATIONS} they stand for. */
	private static final Map<String, String> TRUNC_FORMATS = Map.ofEntries(Map.entry("YYYY", "YEAR"),
			Map.entry("YEAR", "YEAR"), Map.entry("Y", "YEAR"), Map.entry("YY", "YEAR"), Map.entry("YYY", "YEAR"),
			Map.entry("MM", "MONTH"), Map.entry("MONTH", "MONTH"), Map.entry("MON", "MONTH"), Map.entry("DD", "DAY"),
			Map.entry("DDD", "DAY"), Map.entry("J", "DAY"), Map.entry("HH", "HOUR"), Map.entry("HH24", "HOUR"),
			Map.entry("HH12", "HOUR"), Map.entry("MI", "MINUTE"));

	private static final Map<String, Long> BUCKET_UNITS = Map.of("S", 1L, "SECOND", 1L, "M", 60L, "MINUTE", 60L, "H",
			3600L, "HOUR", 3600L, "D", 86400L, "DAY", 86400L);

	/** SingleStore functions the local server does not emulate over MariaDB. */
	private static final Set<String> NOT_EMULATED = Set.of("VECTOR_SUM", "VECTOR_SORT");

	private static final Set<String> REWRITTEN = Set.of("JSON_EXTRACT_STRING", "JSON_EXTRACT_JSON",
			"JSON_EXTRACT_DOUBLE", "JSON_EXTRACT_BIGINT", "JSON_SET_STRING", "JSON_SET_DOUBLE", "JSON_SET_BIGINT",
			"JSON_SET_JSON", "JSON_DELETE_KEY", "JSON_ARRAY_PUSH_STRING", "JSON_ARRAY_PUSH_DOUBLE",
			"JSON_ARRAY_PUSH_BIGINT", "JSON_ARRAY_PUSH_JSON", "JSON_ARRAY_CONTAINS_STRING", "JSON_ARRAY_CONTAINS_DOUBLE",
			"JSON_ARRAY_CONTAINS_BIGINT", "JSON_ARRAY_CONTAINS_JSON", "JSON_ARRAY_UNPACK", "JSON_GET_TYPE",
			"VECTOR_KTH_ELEMENT", "GEOGRAPHY_POINT", "TRUNC", "DATE_TRUNC", "REGEXP_REPLACE", "TIME_BUCKET", "QUOTE");

	private final String helper;

	/**
	 * Creates the calls' translation.
	 * @param helper the helper database, quoted and followed by {@code .}
	 */
	FunctionCalls(String helper) {
		this.helper = helper;
	}

	/**
	 * Tells whether a call of a function needs {@link #translate}.
	 * @param name the function's name in upper case
	 * @return {@code true} when its arguments are needed
	 */
	static boolean rewrites(String name) {
		return REWRITTEN.contains(name) || VECTOR_FUNCTIONS.containsKey(name) || VECTOR_OPERATIONS.containsKey(name)
				|| NOT_EMULATED.contains(name);
	}

	/**
	 * MariaDB's name for a function it has under another name.
	 * @param name the function's name in upper case
	 * @return the name, or {@code null} when it is the same
	 */
	static @Nullable String renamed(String name) {
		return RENAMED.get(name);
	}

	/**
	 * The MariaDB text for a call of a SingleStore function.
	 * @param name the function's name in upper case
	 * @param arguments the arguments, written for MariaDB
	 * @param source the arguments' tokens, for literal keys, units and flags
	 * @return the text, or {@code null} to keep the call as it is
	 * @throws DialectException 1706 for a function that is not emulated
	 */
	@Nullable String translate(String name, List<String> arguments, List<List<Token>> source)
			throws DialectException {
		if (NOT_EMULATED.contains(name)) {
			throw DialectException.notSupported(name);
		}
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
			case "JSON_EXTRACT_STRING", "JSON_EXTRACT_DOUBLE", "JSON_EXTRACT_BIGINT" ->
				this.helper + name.toLowerCase(Locale.ROOT) + "(" + first + ", " + keysPath(source, arguments, count) + ")";
			case "JSON_EXTRACT_JSON" -> (count == 1) ? first
					: "JSON_EXTRACT(" + first + ", " + keysPath(source, arguments, count) + ")";
			case "JSON_SET_STRING", "JSON_SET_DOUBLE", "JSON_SET_BIGINT" ->
				"JSON_SET(" + first + ", " + keysPath(source, arguments, count - 1) + ", " + last + ")";
			case "JSON_SET_JSON" ->
				"JSON_SET(" + first + ", " + keysPath(source, arguments, count - 1) + ", JSON_EXTRACT(" + last
						+ ", '$'))";
			case "JSON_DELETE_KEY" -> "JSON_REMOVE(" + first + ", " + keysPath(source, arguments, count) + ")";
			case "JSON_ARRAY_PUSH_STRING" -> push(first, last);
			case "JSON_ARRAY_PUSH_DOUBLE" -> push(first, "CAST(" + last + " AS DOUBLE)");
			case "JSON_ARRAY_PUSH_BIGINT" -> push(first, "CAST(" + last + " AS SIGNED)");
			case "JSON_ARRAY_PUSH_JSON" -> push(first, "JSON_EXTRACT(" + last + ", '$')");
			case "JSON_ARRAY_CONTAINS_STRING" -> "JSON_CONTAINS(" + first + ", JSON_QUOTE(" + last + "))";
			case "JSON_ARRAY_CONTAINS_DOUBLE", "JSON_ARRAY_CONTAINS_BIGINT" ->
				"JSON_CONTAINS(" + first + ", CAST(" + last + " AS CHAR))";
			case "JSON_ARRAY_CONTAINS_JSON" -> "JSON_CONTAINS(" + first + ", " + last + ")";
			case "JSON_ARRAY_UNPACK" -> "(" + first + ")";
			case "JSON_GET_TYPE" -> "LOWER(REPLACE(JSON_TYPE(" + first + "), 'INTEGER', 'DOUBLE'))";
			case "VECTOR_KTH_ELEMENT" -> "JSON_EXTRACT(" + first + ", CONCAT('$[', " + last + ", ']'))";
			case "GEOGRAPHY_POINT" -> "CONCAT('POINT(', " + first + ", ' ', " + last + ", ')')";
			case "TRUNC" -> truncate(arguments, source);
			case "DATE_TRUNC" -> dateTruncate(arguments, source);
			case "REGEXP_REPLACE" -> regexpReplace(arguments, source);
			case "TIME_BUCKET" -> timeBucket(arguments, source);
			case "QUOTE" -> "CONVERT(QUOTE(" + first + ") USING utf8mb4)";
			default -> null;
		};
	}

	private static String push(String array, String value) {
		return "IF(JSON_TYPE(" + array + ") = 'ARRAY', JSON_ARRAY_APPEND(" + array + ", '$', " + value + "), NULL)";
	}

	/**
	 * {@code TRUNC(x)} and {@code TRUNC(x, digits)} truncate numbers; {@code TRUNC(d, 'fmt')} truncates a date to
	 * the unit an Oracle-style format names.
	 */
	private static @Nullable String truncate(List<String> arguments, List<List<Token>> source) {
		String format = (arguments.size() == 2) ? literal(source.get(1), Token.Kind.STRING) : null;
		if (format != null) {
			String unit = TRUNC_FORMATS.get(format.toUpperCase(Locale.ROOT));
			return (unit != null) ? dateTruncate(unit, arguments.get(0)) : null;
		}
		return "TRUNCATE(" + arguments.get(0) + ", " + ((arguments.size() > 1) ? arguments.get(1) : "0") + ")";
	}

	/** {@code DATE_TRUNC('unit', d)} for a literal unit down to the second. */
	private static @Nullable String dateTruncate(List<String> arguments, List<List<Token>> source) {
		String unit = (arguments.size() == 2) ? literal(source.get(0), Token.Kind.STRING) : null;
		return (unit != null) ? dateTruncate(unit, arguments.get(1)) : null;
	}

	private static @Nullable String dateTruncate(String unit, String date) {
		String format = DATE_TRUNCATIONS.get(unit.toUpperCase(Locale.ROOT));
		return (format != null)
				? "CAST(DATE_FORMAT(" + date + ", " + MariaDbRenderer.string(format) + ") AS DATETIME)" : null;
	}

	/**
	 * {@code TIME_BUCKET(width, t)} for a literal width ({@code '1d'}, {@code '15m'}, … or {@code INTERVAL n unit})
	 * of seconds, minutes, hours or days: the start of the bucket of that width, counted from 1970-01-01, that holds
	 * {@code t}.
	 */
	private static @Nullable String timeBucket(List<String> arguments, List<List<Token>> source) {
		if (arguments.size() != 2) {
			return null;
		}
		Long seconds = bucketSeconds(source.get(0));
		if (seconds == null) {
			return null;
		}
		String epoch = "TIMESTAMP'1970-01-01 00:00:00'";
		return "DATE_ADD(" + epoch + ", INTERVAL (TIMESTAMPDIFF(SECOND, " + epoch + ", " + arguments.get(1) + ") DIV "
				+ seconds + ") * " + seconds + " SECOND)";
	}

	private static @Nullable Long bucketSeconds(List<Token> width) {
		String text = literal(width, Token.Kind.STRING);
		String amount;
		String unit;
		if (text != null && text.matches("\\d+[a-zA-Z]")) {
			amount = text.substring(0, text.length() - 1);
			unit = text.substring(text.length() - 1);
		}
		else if (width.size() == 3 && width.get(0).isWord("INTERVAL") && width.get(1).kind() == Token.Kind.NUMBER
				&& width.get(1).text().matches("\\d+")) {
			amount = width.get(1).text();
			unit = width.get(2).text();
		}
		else {
			return null;
		}
		Long unitSeconds = BUCKET_UNITS.get(unit.toUpperCase(Locale.ROOT));
		return (unitSeconds != null) ? Long.parseLong(amount) * unitSeconds : null;
	}

	/**
	 * {@code REGEXP_REPLACE(s, pattern, replacement[, flags])}: SingleStore replaces the first match unless the flags
	 * hold {@code g}, and {@code i} ignores case. MariaDB replaces every match, so the first one is found by an
	 * anchored pattern that keeps what precedes it; this needs a literal replacement and literal flags.
	 */
	private static @Nullable String regexpReplace(List<String> arguments, List<List<Token>> source) {
		if (arguments.size() < 3 || arguments.size() > 4) {
			return null;
		}
		String flags = (arguments.size() == 4) ? literal(source.get(3), Token.Kind.STRING) : "";
		String replacement = literal(source.get(2), Token.Kind.STRING);
		if (flags == null || (replacement == null && !flags.contains("g"))) {
			return null;
		}
		String pattern = flags.contains("i") ? "CONCAT('(?i)', " + arguments.get(1) + ")" : arguments.get(1);
		if (flags.contains("g")) {
			return "REGEXP_REPLACE(" + arguments.get(0) + ", " + pattern + ", " + arguments.get(2) + ")";
		}
		return "REGEXP_REPLACE(" + arguments.get(0) + ", CONCAT('(?s)^(.*?)(?:', " + pattern + ", ')'), "
				+ MariaDbRenderer.string("\\1" + replacement.replace("\\", "\\\\")) + ")";
	}

	private static @Nullable String literal(List<Token> argument, Token.Kind kind) {
		return (argument.size() == 1 && argument.get(0).kind() == kind) ? argument.get(0).text() : null;
	}

	/** The path of the key arguments from the second up to (not including) {@code end}. */
	private static String keysPath(List<List<Token>> source, List<String> arguments, int end) {
		return path(source.subList(1, end), arguments.subList(1, end));
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
			String text = literal(key, Token.Kind.STRING);
			String number = literal(key, Token.Kind.NUMBER);
			if (text != null) {
				literal.append(".\"").append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
			else if (number != null) {
				literal.append('[').append(number).append(']');
			}
			else {
				parts.add(MariaDbRenderer.string(literal.toString()));
				parts.add("'.', JSON_QUOTE(" + rendered.get(index) + ")");
				literal.setLength(0);
			}
		}
		if (parts.isEmpty()) {
			return MariaDbRenderer.string(literal.toString());
		}
		if (!literal.isEmpty()) {
			parts.add(MariaDbRenderer.string(literal.toString()));
		}
		return "CONCAT(" + String.join(", ", parts) + ")";
	}

}
