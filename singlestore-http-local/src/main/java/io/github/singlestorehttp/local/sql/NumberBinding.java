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
			double value = number.doubleValue();
			if (Double.isInfinite(value)) {
				throw new IllegalArgumentException("number " + abbreviate(number) + " is out of range for float64");
			}
			if (value != Math.rint(value)) {
				return value;
			}
			return (Math.abs(value) < LONG_LIMIT) ? (Object) (long) value : new BigDecimal(value);
		}
	},

	/** Numbers bind exactly: integers as {@code long} (or {@link BigDecimal} beyond it), fractions as {@link BigDecimal}. */
	EXACT {
		@Override
		public Object toArgument(BigDecimal number) {
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

	private static String abbreviate(BigDecimal number) {
		String text = number.toString();
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
	}

}
