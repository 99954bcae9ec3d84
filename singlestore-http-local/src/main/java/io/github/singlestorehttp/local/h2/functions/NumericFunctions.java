package io.github.singlestorehttp.local.h2.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.h2.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and SingleStore numeric functions and operators H2 lacks. H2's {@code TRUNCATE} already matches MySQL's.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/numeric-functions/">SingleStore: Numeric
 * Functions</a>
 */
public final class NumericFunctions {

	private NumericFunctions() {
	}

	/**
	 * {@code POW(base, exponent)}.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/numeric-functions/pow/">POW</a>
	 */
	public static @Nullable Double pow(@Nullable Double base, @Nullable Double exponent) {
		return (base != null && exponent != null) ? Math.pow(base, exponent) : null;
	}

	/**
	 * {@code LOG2(x)}: the base-2 logarithm.
	 * @return the logarithm, or {@code null} when x is not positive
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/numeric-functions/log2/">LOG2</a>
	 */
	public static @Nullable Double log2(@Nullable Double x) {
		return (x != null && x > 0) ? Math.log(x) / Math.log(2) : null;
	}

	/**
	 * The {@code a DIV b} operator, called as {@code SS_INT_DIV(a, b)}: the quotient truncated toward zero.
	 * @return the quotient, or {@code null} when b is 0
	 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/arithmetic-functions.html#operator_div">MySQL: DIV</a>
	 */
	public static @Nullable Long intDiv(@Nullable Value a, @Nullable Value b) {
		if (SqlArguments.isNull(a) || SqlArguments.isNull(b)) {
			return null;
		}
		BigDecimal divisor = SqlArguments.number(b);
		if (divisor.signum() == 0) {
			return null;
		}
		return SqlArguments.number(a).divide(divisor, 0, RoundingMode.DOWN).longValueExact();
	}

	/**
	 * {@code MOD(a, b)} and the {@code a % b} and {@code a MOD b} operators, called as {@code SS_MOD(a, b)}: the
	 * remainder with the sign of {@code a}.
	 * @return the remainder, or {@code null} when b is 0, as MySQL gives it
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/numeric-functions/mod/">MOD</a>
	 */
	public static @Nullable BigDecimal mod(@Nullable Value a, @Nullable Value b) {
		if (SqlArguments.isNull(a) || SqlArguments.isNull(b)) {
			return null;
		}
		BigDecimal divisor = SqlArguments.number(b);
		return (divisor.signum() == 0) ? null : SqlArguments.number(a).remainder(divisor);
	}

	/**
	 * {@code SQRT(x)}.
	 * @return the square root, or {@code null} for a negative number, as MySQL gives it
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/numeric-functions/sqrt/">SQRT</a>
	 */
	public static @Nullable Double sqrt(@Nullable Double x) {
		return (x == null || x < 0) ? null : Math.sqrt(x);
	}

	/**
	 * {@code CONV(number, fromBase, toBase)}: a number written in one base rewritten in another.
	 * @return the digits, or {@code null} when a base is outside 2 to 36 (or -2 to -36)
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/numeric-functions/conv/">CONV</a>
	 */
	public static @Nullable String conv(@Nullable String number, @Nullable Long fromBase, @Nullable Long toBase) {
		return (number != null && fromBase != null && toBase != null)
				? BaseConversion.convert(number, fromBase, toBase) : null;
	}

}
