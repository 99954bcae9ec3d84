package io.github.singlestorehttp.local.h2.functions;

import java.math.BigInteger;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * MySQL's {@code CONV}: numbers are 64-bit; a negative base reads or writes signed numbers, a positive one unsigned
 * (two's complement); reading stops at the first character that is not a digit of the base.
 *
 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/mathematical-functions.html#function_conv">MySQL: CONV</a>
 */
final class BaseConversion {

	private static final int MIN_BASE = 2;

	private static final int MAX_BASE = 36;

	private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

	private static final BigInteger UNSIGNED_MAX = TWO_TO_64.subtract(BigInteger.ONE);

	private static final BigInteger SIGNED_LIMIT = BigInteger.ONE.shiftLeft(63);

	private BaseConversion() {
	}

	static @Nullable String convert(String number, long fromBase, long toBase) {
		if (!isBase(fromBase) || !isBase(toBase)) {
			return null;
		}
		BigInteger value = read(number.strip(), (int) Math.abs(fromBase)).mod(TWO_TO_64);
		if (toBase < 0 && value.compareTo(SIGNED_LIMIT) >= 0) {
			value = value.subtract(TWO_TO_64);
		}
		return value.toString((int) Math.abs(toBase)).toUpperCase(Locale.ROOT);
	}

	private static boolean isBase(long base) {
		long magnitude = Math.abs(base);
		return magnitude >= MIN_BASE && magnitude <= MAX_BASE;
	}

	private static BigInteger read(String text, int base) {
		boolean negative = text.startsWith("-");
		int start = (negative || text.startsWith("+")) ? 1 : 0;
		BigInteger value = BigInteger.ZERO;
		BigInteger radix = BigInteger.valueOf(base);
		for (int index = start; index < text.length(); index++) {
			int digit = Character.digit(text.charAt(index), base);
			if (digit < 0) {
				break;
			}
			value = value.multiply(radix).add(BigInteger.valueOf(digit)).min(UNSIGNED_MAX);
		}
		return negative ? value.negate() : value;
	}

}
