package io.github.singlestorehttp.local.h2;

import java.util.List;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.SqlType;

/**
 * H2 column types for SingleStore's. Where H2 has no type of the same range or name, a domain of
 * {@link MySqlTypeDomains} stands in, so that the range holds and results report SingleStore's type: unsigned
 * integers are domains over the next wider type with a range check, {@code MEDIUMINT}, {@code YEAR}, {@code BIT},
 * {@code JSON}, {@code GEOGRAPHY}, {@code GEOGRAPHYPOINT}, {@code TIMESTAMP(n)} and {@code TIME(n)} are domains, and
 * {@code VECTOR(n, t)} is a domain per dimension count and element type ({@link VectorDomain}). MySQL's
 * {@code FLOAT} is single precision (H2's {@code REAL}), its {@code REAL} and {@code DOUBLE} double precision;
 * {@code DATETIME} is H2's {@code TIMESTAMP}; {@code BOOL} is {@code TINYINT}.
 * <p>
 * See SingleStore's "Data Types" reference page.
 */
final class H2Types {

	private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT");

	private static final Set<String> TEXT_AND_BLOB_DOMAINS = Set.of("TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT",
			"TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB");

	private static final Set<String> PREFIXED_DOMAINS = Set.of("YEAR", "JSON", "GEOGRAPHY", "GEOGRAPHYPOINT", "BSON",
			"MEDIUMINT", "BIT");

	private static final int MAX_PRECISION_OF_SINGLE = 24;

	private static final int MAX_FRACTION_DIGITS = 6;

	/** H2's largest leading precision of an interval, so that H2 takes any hours and the range check words the error. */
	private static final int MAX_INTERVAL_DIGITS = 18;

	private H2Types() {
	}

	/**
	 * The H2 type of a column declared with a SingleStore type.
	 * @param type the SingleStore type
	 * @param prerequisites receives the statement creating a vector domain
	 * @return the H2 type
	 * @throws DialectException 1064 for a malformed type
	 */
	static String column(SqlType type, List<String> prerequisites) throws DialectException {
		String name = type.name();
		if (INTEGERS.contains(name) && type.unsigned()) {
			return MySqlTypeDomains.PREFIX + name + "_UNSIGNED";
		}
		if (TEXT_AND_BLOB_DOMAINS.contains(name)) {
			return name;
		}
		if (PREFIXED_DOMAINS.contains(name)) {
			return MySqlTypeDomains.PREFIX + name;
		}
		return switch (name) {
			case "BOOL" -> "TINYINT";
			case "TIMESTAMP", "TIME" -> MySqlTypeDomains.PREFIX + name + "_" + fractionDigits(type);
			case "VECTOR" -> VectorDomain.of(type).declareIn(prerequisites);
			case "SET" -> "CHARACTER VARYING(1024)";
			case "ENUM" -> "ENUM(" + arguments(type) + ")";
			default -> common(type);
		};
	}

	/**
	 * Tells whether a type is one of the integer types.
	 * @param type the type
	 * @return {@code true} for TINYINT, SMALLINT, MEDIUMINT, INT and BIGINT
	 */
	static boolean isInteger(SqlType type) {
		return INTEGERS.contains(type.name());
	}

	/**
	 * The H2 type a cast to a SingleStore type converts to.
	 * @param type the SingleStore type
	 * @return the H2 type
	 * @throws DialectException 1064 for a malformed type
	 */
	static String cast(SqlType type) throws DialectException {
		String name = type.name();
		if (INTEGERS.contains(name)) {
			return type.unsigned() ? "NUMERIC(20)" : "BIGINT";
		}
		return switch (name) {
			case "CHAR", "VARCHAR", "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "JSON", "GEOGRAPHY",
					"GEOGRAPHYPOINT", "SET", "ENUM" ->
				"CHARACTER VARYING";
			case "BINARY", "VARBINARY", "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BSON" -> "BINARY VARYING";
			case "BOOL" -> "TINYINT";
			case "YEAR" -> "SMALLINT";
			case "BIT" -> "BIGINT";
			default -> common(type);
		};
	}

	/**
	 * The H2 type that holds a MySQL {@code TIME(n)}: an interval of hours to seconds, as H2's {@code TIME} holds a
	 * time of day only and MySQL's reaches from -838:59:59 to 838:59:59.
	 * @param fractionDigits the fractional seconds digits
	 * @return the type
	 */
	static String timeInterval(int fractionDigits) {
		return "INTERVAL HOUR(" + MAX_INTERVAL_DIGITS + ") TO SECOND(" + fractionDigits + ")";
	}

	/**
	 * The fractional seconds digits of a temporal type, such as 6 for {@code TIME(6)}, at most 6.
	 * @param type the type
	 * @return the digits
	 * @throws DialectException 1064 for a malformed type
	 */
	static int fractionDigits(SqlType type) throws DialectException {
		return Math.min(MAX_FRACTION_DIGITS, Integer.parseInt(digits(type.argument(0, "0"))));
	}

	private static String common(SqlType type) throws DialectException {
		String name = type.name();
		return switch (name) {
			case "DECIMAL" -> "DECIMAL(" + type.argument(0, "10") + "," + type.argument(1, "0") + ")";
			case "FLOAT" -> (Integer.parseInt(digits(type.argument(0, "0"))) > MAX_PRECISION_OF_SINGLE)
					? "DOUBLE PRECISION" : "REAL";
			case "DOUBLE" -> "DOUBLE PRECISION";
			case "DATETIME", "TIMESTAMP" -> "TIMESTAMP(" + digits(type.argument(0, "0")) + ")";
			case "TIME" -> "TIME(" + digits(type.argument(0, "0")) + ")";
			case "DATE" -> "DATE";
			case "CHAR", "BINARY" -> name + "(" + type.argument(0, "1") + ")";
			case "VARCHAR", "VARBINARY" -> name + (type.arguments().isEmpty() ? "" : "(" + arguments(type) + ")");
			default -> name + (type.arguments().isEmpty() ? "" : "(" + arguments(type) + ")");
		};
	}

	private static String digits(String text) throws DialectException {
		if (!text.chars().allMatch(Character::isDigit) || text.isEmpty()) {
			throw new DialectException(1064, "42000", "You have an error in your SQL syntax near '" + text + "'");
		}
		return text;
	}

	private static String arguments(SqlType type) {
		StringBuilder text = new StringBuilder();
		for (int index = 0; index < type.arguments().size(); index++) {
			if (index > 0) {
				text.append(", ");
			}
			text.append(H2Renderer.literalText(type.arguments().get(index)));
		}
		return text.toString();
	}

}
