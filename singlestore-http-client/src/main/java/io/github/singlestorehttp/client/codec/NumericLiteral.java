package io.github.singlestorehttp.client.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Exact SQL literals for integer and decimal arguments, which the Data API would otherwise round through
 * float64. A number with more than 65 digits, more than SingleStore's widest {@code DECIMAL(65, …)} holds,
 * is refused before its text is built: its size is judged from its precision and scale alone, so that a
 * short {@code 1e999999999} cannot make a billion-digit string.
 * <p>
 * Only text that is provably a number reaches the SQL: {@code BigInteger} and {@code BigDecimal} are not
 * final, so a subclass (or a {@code BigDecimal} over a {@code BigInteger} subclass) could render any text.
 * Such values are rebuilt from their text by the JDK's parsers, which accept numbers only, and their
 * literals are checked to consist of a sign, digits and a decimal point before they are returned (those of
 * primitive integers are so by construction), so that no literal can hold a statement separator or a
 * comment.
 */
final class NumericLiteral {

	/** The most digits of SingleStore's widest {@code DECIMAL}. */
	private static final int MAX_DIGITS = 65;

	private static final BigInteger INTEGER_LIMIT = BigInteger.TEN.pow(MAX_DIGITS);

	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private NumericLiteral() {
	}

	/**
	 * The literal of an integer.
	 * @param value the integer
	 * @param position the argument's position, for messages
	 * @return the literal
	 */
	static String of(BigInteger value, int position) {
		BigInteger integer = (value.getClass() == BigInteger.class) ? value : parse(value, BigInteger::new, position);
		if (integer.abs().compareTo(INTEGER_LIMIT) >= 0) {
			throw tooLarge(position);
		}
		return checked(integer.toString());
	}

	/**
	 * The literal of a primitive integer.
	 * @param value the integer
	 * @return the literal
	 */
	static String of(long value) {
		return Long.toString(value);
	}

	/**
	 * The literal of a decimal, without exponent.
	 * @param value the decimal
	 * @param position the argument's position, for messages
	 * @return the literal
	 */
	static String of(BigDecimal value, int position) {
		BigDecimal decimal = isCanonical(value) ? value : parse(value, BigDecimal::new, position);
		if (plainDigits(decimal) > MAX_DIGITS) {
			decimal = decimal.stripTrailingZeros();
			if (plainDigits(decimal) > MAX_DIGITS) {
				throw tooLarge(position);
			}
		}
		return checked(decimal.toPlainString());
	}

	private static boolean isCanonical(BigDecimal value) {
		return value.getClass() == BigDecimal.class && value.unscaledValue().getClass() == BigInteger.class;
	}

	private static <N extends Number> N parse(Number value, Function<String, N> parser, int position) {
		try {
			return parser.apply(value.toString());
		}
		catch (NumberFormatException ex) {
			throw new InvalidDataAccessApiUsageException("Argument " + position + " is a " + value.getClass().getName()
					+ " whose text is not a number; pass a java.math.BigInteger or java.math.BigDecimal");
		}
	}

	private static String checked(String literal) {
		if (!PLAIN_NUMBER.matcher(literal).matches()) {
			throw new IllegalStateException("A numeric literal was not a plain number");
		}
		return literal;
	}

	/**
	 * The number of digits of a decimal's plain text, from its precision and scale: integer digits
	 * ({@code precision - scale}) and fraction digits ({@code scale}), in {@code long} so that extreme
	 * scales cannot overflow.
	 */
	private static long plainDigits(BigDecimal decimal) {
		long integerDigits = Math.max((long) decimal.precision() - decimal.scale(), 0);
		long fractionDigits = Math.max(decimal.scale(), 0);
		return integerDigits + fractionDigits;
	}

	private static InvalidDataAccessApiUsageException tooLarge(int position) {
		return new InvalidDataAccessApiUsageException("Argument " + position + " is a number with more than "
				+ MAX_DIGITS + " digits, which no SingleStore type holds exactly (DECIMAL has at most " + MAX_DIGITS
				+ "); round it, or pass a double to store an approximation");
	}

}
