package io.github.singlestorehttp.local.sql;

import java.math.BigDecimal;

/**
 * How a JSON number in {@code args} becomes a bound value.
 */
public enum NumberBinding {

	/**
	 * Like the real server, which decodes arguments with Go's default JSON rules: every number goes through a
	 * 64-bit float, so integers above 2^53 lose digits. Integral results bind as {@code long} (or as an exact
	 * {@link BigDecimal} of the double when beyond {@code long}), the rest as {@code double}.
	 */
	GO_FLOAT64 {
		@Override
		public Object toArgument(BigDecimal number) {
			double value = withinFloat64Range(number);
			if (value != Math.rint(value)) {
				return value;
			}
			return (Math.abs(value) < LONG_LIMIT) ? (Object) (long) value : new BigDecimal(value);
		}
	},

	/**
	 * Numbers bind exactly: integers as {@code long} (or {@link BigDecimal} beyond it), fractions as {@link BigDecimal}.
	 * Numbers that no DECIMAL or DOUBLE column can hold, beyond a 64-bit float's range or so close to zero that it
	 * would round them to zero, are refused before any scaling, which would take seconds for an exponent like
	 * {@code 1e10000000}.
	 */
	EXACT {
		@Override
		public Object toArgument(BigDecimal number) {
			if (withinFloat64Range(number) == 0 && number.signum() != 0) {
				throw outOfRange(number);
			}
			BigDecimal stripped = number.stripTrailingZeros();
			if (stripped.scale() > 0) {
				return number;
			}
			BigDecimal integral = stripped.setScale(0);
			return (integral.unscaledValue().bitLength() < Long.SIZE) ? (Object) integral.longValueExact() : integral;
		}
	};

	private static final double LONG_LIMIT = 0x1p63;

	/**
	 * Converts a JSON number to the value to bind.
	 * @param number the number exactly as written in the request
	 * @return a {@link Long}, {@link BigDecimal} or {@link Double}
	 * @throws IllegalArgumentException if the number cannot be represented
	 */
	public abstract Object toArgument(BigDecimal number);

	/**
	 * Converts a number to a double, which is quick even for huge exponents, and refuses it when out of range.
	 * @param number the number
	 * @return the nearest double
	 * @throws IllegalArgumentException if the number is beyond the largest double
	 */
	private static double withinFloat64Range(BigDecimal number) {
		double value = number.doubleValue();
		if (Double.isInfinite(value)) {
			throw outOfRange(number);
		}
		return value;
	}

	private static IllegalArgumentException outOfRange(BigDecimal number) {
		return new IllegalArgumentException("number " + abbreviate(number) + " is out of range for float64");
	}

	private static String abbreviate(BigDecimal number) {
		String text = number.toString();
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
	}

}
