package io.github.singlestorehttp.client.codec;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Exact SQL literals for integer and decimal arguments, which the Data API would otherwise round through
 * float64. A number with more than 65 digits, more than SingleStore's widest {@code DECIMAL(65, …)} holds,
 * is refused before its text is built: its size is judged from its precision and scale alone, so that a
 * short {@code 1e999999999} cannot make a billion-digit string.
 */
final class NumericLiteral {

	/** The most digits of SingleStore's widest {@code DECIMAL}. */
	static final int MAX_DIGITS = 65;

	private static final BigInteger INTEGER_LIMIT = BigInteger.TEN.pow(MAX_DIGITS);

	private NumericLiteral() {
	}

	/**
	 * The literal of an integer.
	 * @param value the integer
	 * @param position the argument's position, for messages
	 * @return the literal
	 */
	static String of(BigInteger value, int position) {
		if (value.abs().compareTo(INTEGER_LIMIT) >= 0) {
			throw tooLarge(position);
		}
		return value.toString();
	}

	/**
	 * The literal of a decimal, without exponent.
	 * @param value the decimal
	 * @param position the argument's position, for messages
	 * @return the literal
	 */
	static String of(BigDecimal value, int position) {
		BigDecimal decimal = value;
		if (plainDigits(decimal) > MAX_DIGITS) {
			decimal = decimal.stripTrailingZeros();
			if (plainDigits(decimal) > MAX_DIGITS) {
				throw tooLarge(position);
			}
		}
		return decimal.toPlainString();
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
