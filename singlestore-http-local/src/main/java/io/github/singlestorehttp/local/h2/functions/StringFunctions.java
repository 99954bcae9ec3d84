package io.github.singlestorehttp.local.h2.functions;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.h2.value.DataType;
import org.h2.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and SingleStore string functions H2 lacks. Comparisons follow SingleStore's default collation
 * ({@code utf8mb4_general_ci}: case-insensitive) where MySQL says they depend on the collation.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/">SingleStore: String
 * Functions</a>
 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/string-functions.html">MySQL 8.0: String Functions</a>
 */
public final class StringFunctions {

	private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

	private static final String LIST_SEPARATOR = ",";

	private StringFunctions() {
	}

	/**
	 * {@code HEX(value)}: the hexadecimal digits of a number (64-bit two's complement when negative, rounded when
	 * not an integer) or of the bytes of a string.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/hex/">HEX</a>
	 */
	public static @Nullable String hex(@Nullable Value value) {
		if (SqlArguments.isNull(value)) {
			return null;
		}
		if (DataType.isNumericType(value.getValueType())) {
			long number = value.getBigDecimal().setScale(0, RoundingMode.HALF_UP).longValue();
			return Long.toHexString(number).toUpperCase(Locale.ROOT);
		}
		return UPPER_HEX.formatHex(SqlArguments.bytes(value));
	}

	/**
	 * {@code CONCAT(...)} of arguments of which one at least is a binary string, such as a vector's binary form: the
	 * bytes of every argument one after the other (text as UTF-8), a binary string as MySQL gives it ("If any argument
	 * is a binary string, the result is a binary string"); {@code NULL} when any argument is {@code NULL}.
	 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/string-functions.html#function_concat">MySQL: CONCAT</a>
	 */
	public static byte @Nullable [] binaryConcat(Value... values) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (Value value : values) {
			if (SqlArguments.isNull(value)) {
				return null;
			}
			bytes.writeBytes(SqlArguments.bytes(value));
		}
		return bytes.toByteArray();
	}

	/**
	 * {@code UNHEX(text)}: the bytes a string of hexadecimal digits stands for.
	 * @return the bytes, or {@code null} when the text holds a character that is not a hexadecimal digit
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/unhex/">UNHEX</a>
	 */
	public static byte @Nullable [] unhex(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String digits = (text.length() % 2 == 0) ? text : "0" + text;
		try {
			return HexFormat.of().parseHex(digits);
		}
		catch (IllegalArgumentException notHex) {
			return null;
		}
	}

	/**
	 * {@code FIND_IN_SET(text, list)}: the 1-based position of the text in a comma-separated list.
	 * @return the position, 0 when absent or when the text holds a comma, {@code null} when an argument is
	 * {@code NULL}
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/find-in-set/">
	 * FIND_IN_SET</a>
	 */
	public static @Nullable Long findInSet(@Nullable String text, @Nullable String list) {
		if (text == null || list == null) {
			return null;
		}
		if (text.contains(LIST_SEPARATOR) || list.isEmpty()) {
			return 0L;
		}
		String[] items = list.split(LIST_SEPARATOR, -1);
		for (int index = 0; index < items.length; index++) {
			if (Collation.equal(items[index], text)) {
				return index + 1L;
			}
		}
		return 0L;
	}

	/**
	 * {@code REVERSE(text)}: the characters in reverse order.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/reverse/">REVERSE</a>
	 */
	public static @Nullable String reverse(@Nullable String text) {
		return (text != null) ? new StringBuilder(text).reverse().toString() : null;
	}

	/**
	 * {@code SUBSTRING_INDEX(text, delimiter, count)}: the text before the count-th delimiter, or after the count-th
	 * delimiter from the end when count is negative; the delimiter is matched case-sensitively.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/substring-index/">
	 * SUBSTRING_INDEX</a>
	 */
	public static @Nullable String substringIndex(@Nullable String text, @Nullable String delimiter,
			@Nullable Long count) {
		if (text == null || delimiter == null || count == null) {
			return null;
		}
		if (count == 0 || delimiter.isEmpty()) {
			return "";
		}
		if (count > 0) {
			int end = -1;
			for (long found = 0; found < count; found++) {
				end = text.indexOf(delimiter, end + ((found == 0) ? 1 : delimiter.length()));
				if (end < 0) {
					return text;
				}
			}
			return text.substring(0, end);
		}
		int start = text.length();
		for (long found = 0; found < -count; found++) {
			start = text.lastIndexOf(delimiter, start - ((found == 0) ? delimiter.length() : 1));
			if (start < 0) {
				return text;
			}
		}
		return text.substring(start + delimiter.length());
	}

	/**
	 * {@code FORMAT(number, decimals)}: the number rounded to the decimals, with thousands separators
	 * ({@code 12,332.1235}).
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/format/">FORMAT</a>
	 */
	public static @Nullable String format(@Nullable Value number, @Nullable Long decimals) {
		return format(number, decimals, "en_US");
	}

	/**
	 * {@code FORMAT(number, decimals, locale)}: as {@link #format(Value, Long)} with the separators of a locale such
	 * as {@code de_DE} ({@code 12.332,2}).
	 */
	public static @Nullable String format(@Nullable Value number, @Nullable Long decimals, @Nullable String locale) {
		if (SqlArguments.isNull(number) || decimals == null) {
			return null;
		}
		int scale = (int) Math.max(0, decimals);
		Locale separators = (locale != null) ? Locale.forLanguageTag(locale.replace('_', '-')) : Locale.US;
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(separators));
		format.setMinimumFractionDigits(scale);
		format.setMaximumFractionDigits(scale);
		return format.format(SqlArguments.number(number).setScale(scale, RoundingMode.HALF_UP));
	}

	/**
	 * {@code MD5(value)}: the MD5 digest as 32 lowercase hexadecimal digits.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/md5/">MD5</a>
	 */
	public static @Nullable String md5(@Nullable Value value) {
		return digest("MD5", value);
	}

	/**
	 * {@code SHA1(value)}: the SHA-1 digest as 40 lowercase hexadecimal digits.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/sha1/">SHA1</a>
	 */
	public static @Nullable String sha1(@Nullable Value value) {
		return digest("SHA-1", value);
	}

	/**
	 * {@code SHA2(value, bits)}: the SHA-224, SHA-256 (bits 0 or 256), SHA-384 or SHA-512 digest in lowercase
	 * hexadecimal.
	 * @return the digest, or {@code null} for any other number of bits
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/sha2/">SHA2</a>
	 */
	public static @Nullable String sha2(@Nullable Value value, @Nullable Long bits) {
		if (bits == null) {
			return null;
		}
		int length = (bits == 0) ? 256 : bits.intValue();
		return switch (length) {
			case 224, 256, 384, 512 -> digest("SHA-" + length, value);
			default -> null;
		};
	}

	/**
	 * {@code STRCMP(left, right)}: -1, 0 or 1 as the left text sorts before, with or after the right one.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/strcmp/">STRCMP</a>
	 */
	public static @Nullable Long strcmp(@Nullable String left, @Nullable String right) {
		return (left != null && right != null) ? (long) Integer.signum(Collation.compare(left, right)) : null;
	}

	/**
	 * {@code ELT(n, text1, text2, ...)}: the n-th text.
	 * @return the text, or {@code null} when n is below 1 or above the number of texts
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/elt/">ELT</a>
	 */
	public static @Nullable String elt(@Nullable Long n, String... texts) {
		return (n != null && n >= 1 && n <= texts.length) ? texts[(int) (n - 1)] : null;
	}

	/**
	 * {@code FIELD(value, value1, value2, ...)}: the 1-based position of the first value equal to the first argument,
	 * compared as numbers when all arguments are numbers and as text otherwise.
	 * @return the position, or 0 when absent or when the first argument is {@code NULL}
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/field/">FIELD</a>
	 */
	public static Long field(@Nullable Value value, Value... candidates) {
		if (SqlArguments.isNull(value)) {
			return 0L;
		}
		boolean numeric = DataType.isNumericType(value.getValueType());
		for (Value candidate : candidates) {
			numeric &= SqlArguments.isNull(candidate) || DataType.isNumericType(candidate.getValueType());
		}
		for (int index = 0; index < candidates.length; index++) {
			Value candidate = candidates[index];
			if (!SqlArguments.isNull(candidate) && equal(value, candidate, numeric)) {
				return index + 1L;
			}
		}
		return 0L;
	}

	/**
	 * {@code BIN(n)}: the binary digits of a 64-bit number, two's complement when negative.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/bin/">BIN</a>
	 */
	public static @Nullable String bin(@Nullable Long n) {
		return (n != null) ? Long.toBinaryString(n) : null;
	}

	/**
	 * {@code REGEXP_INSTR(text, pattern [, position [, occurrence [, option [, parameters]]]])}: the 1-based position
	 * where the occurrence of the pattern starts (option 0) or the position after it (option 1), or 0 when there is
	 * none. Parameters {@code c} and {@code i} make the match case-sensitive (the default) or case-insensitive.
	 * Patterns use Java's regular expression syntax, which agrees with SingleStore's extended format on common
	 * patterns.
	 * @throws SQLException when the pattern is not a valid regular expression
	 * @see <a href=
	 * "https://docs.singlestore.com/cloud/reference/sql-reference/regular-expression-functions/regexp-instr/">
	 * REGEXP_INSTR</a>
	 */
	public static @Nullable Long regexpInstr(@Nullable String text, @Nullable String pattern, Value... options)
			throws SQLException {
		if (text == null || pattern == null) {
			return null;
		}
		long position = (options.length > 0) ? options[0].getLong() : 1;
		long occurrence = (options.length > 1) ? options[1].getLong() : 1;
		boolean end = options.length > 2 && options[2].getLong() == 1;
		String parameters = (options.length > 3) ? options[3].getString() : "c";
		if (position > text.length() || occurrence < 1) {
			return 0L;
		}
		Matcher matcher = compile(pattern, parameters).matcher(text);
		matcher.region((int) Math.max(0, position - 1), text.length());
		for (long found = 0; found < occurrence; found++) {
			if (!matcher.find()) {
				return 0L;
			}
		}
		return (end ? matcher.end() : matcher.start()) + 1L;
	}

	/**
	 * {@code INITCAP(text)}: the first letter of every word upper case, the other letters lower case; words are runs
	 * of letters and digits.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/initcap/">INITCAP</a>
	 */
	public static @Nullable String initcap(@Nullable String text) {
		if (text == null) {
			return null;
		}
		StringBuilder result = new StringBuilder(text.length());
		boolean wordStart = true;
		for (int index = 0; index < text.length(); index++) {
			char character = text.charAt(index);
			result.append(wordStart ? Character.toUpperCase(character) : Character.toLowerCase(character));
			wordStart = !Character.isLetterOrDigit(character);
		}
		return result.toString();
	}

	/**
	 * {@code QUOTE(text)}: the text as a quoted SQL string literal, with backslash, single quote, NUL and Control+Z
	 * escaped; SQL {@code NULL} becomes the word {@code NULL} without quotes.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/quote/">QUOTE</a>
	 */
	public static String quote(@Nullable String text) {
		if (text == null) {
			return "NULL";
		}
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('\'');
		for (int index = 0; index < text.length(); index++) {
			char character = text.charAt(index);
			switch (character) {
				case '\\', '\'' -> quoted.append('\\').append(character);
				case '\0' -> quoted.append("\\0");
				case '\u001A' -> quoted.append("\\Z");
				default -> quoted.append(character);
			}
		}
		return quoted.append('\'').toString();
	}

	private static boolean equal(Value left, Value right, boolean numeric) {
		return numeric ? left.getBigDecimal().compareTo(right.getBigDecimal()) == 0
				: Collation.equal(left.getString(), right.getString());
	}

	/**
	 * {@code REGEXP_REPLACE(text, pattern, replacement [, parameters])}: replaces the first occurrence of the pattern,
	 * or every occurrence with parameter {@code g}; {@code i} and {@code c} make the match case-insensitive or
	 * case-sensitive (the default).
	 * @throws SQLException when the pattern is not a valid regular expression
	 * @see <a href=
	 * "https://docs.singlestore.com/cloud/reference/sql-reference/regular-expression-functions/regexp-replace/">
	 * REGEXP_REPLACE</a>
	 */
	public static @Nullable String regexpReplace(@Nullable String text, @Nullable String pattern,
			@Nullable String replacement, Value... parameters) throws SQLException {
		if (text == null || pattern == null || replacement == null) {
			return null;
		}
		String flags = (parameters.length > 0 && !SqlArguments.isNull(parameters[0])) ? parameters[0].getString() : "";
		Matcher matcher = compile(pattern, flags).matcher(text);
		String quoted = Matcher.quoteReplacement(replacement);
		return (flags.indexOf('g') >= 0) ? matcher.replaceAll(quoted) : matcher.replaceFirst(quoted);
	}

	private static Pattern compile(String pattern, String parameters) throws SQLException {
		int flags = (parameters.lastIndexOf('i') > parameters.lastIndexOf('c'))
				? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
		try {
			return Pattern.compile(pattern, flags);
		}
		catch (PatternSyntaxException invalid) {
			throw SingleStoreErrors.unknown("Invalid regular expression: " + invalid.getDescription());
		}
	}

	private static @Nullable String digest(String algorithm, @Nullable Value value) {
		if (SqlArguments.isNull(value)) {
			return null;
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(SqlArguments.bytes(value)));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("The JVM lacks " + algorithm, missing);
		}
	}

}
