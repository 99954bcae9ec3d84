package io.github.singlestorehttp.local.h2.functions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The element types of SingleStore's {@code VECTOR(n, type)}: how an element is stored, which values it holds and how
 * SingleStore prints it.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/data-types/vector-type/">Vector Type</a>
 */
enum VectorElementType {

	I8(Byte.BYTES, Byte.MIN_VALUE, Byte.MAX_VALUE),

	I16(Short.BYTES, Short.MIN_VALUE, Short.MAX_VALUE),

	I32(Integer.BYTES, Integer.MIN_VALUE, Integer.MAX_VALUE),

	I64(Long.BYTES, Long.MIN_VALUE, Long.MAX_VALUE),

	/** 32-bit floats, printed with 9 significant digits as C's {@code %.9g} prints them. */
	F32(Float.BYTES, -Float.MAX_VALUE, Float.MAX_VALUE),

	/** 64-bit floats, printed with the fewest digits that read back as the same double. */
	F64(Double.BYTES, -Double.MAX_VALUE, Double.MAX_VALUE);

	private static final int FLOAT_DIGITS = 9;

	private static final int DOUBLE_DIGITS = 17;

	private static final MathContext FLOAT_PRECISION = new MathContext(FLOAT_DIGITS, RoundingMode.HALF_EVEN);

	private static final int SMALLEST_FIXED_EXPONENT = -4;

	private final int bytes;

	private final double minimum;

	private final double maximum;

	VectorElementType(int bytes, double minimum, double maximum) {
		this.bytes = bytes;
		this.minimum = minimum;
		this.maximum = maximum;
	}

	/**
	 * The element type named in SQL ({@code F32}, {@code i8}, ...).
	 * @throws SQLException when the name is not an element type
	 */
	static VectorElementType named(String name) throws SQLException {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw SingleStoreErrors.unknown("Invalid vector element type '" + name + "'");
		}
	}

	int bytes() {
		return this.bytes;
	}

	boolean isInteger() {
		return this != F32 && this != F64;
	}

	/**
	 * Stores a value as this type does: floats round to the nearest value of their width, integers round half away
	 * from zero (SingleStore does not document the rounding).
	 * @throws SQLException when the value is outside the range of the type
	 */
	double store(double value) throws SQLException {
		double stored = isInteger() ? Math.signum(value) * Math.floor(Math.abs(value) + 0.5) : value;
		if (Double.isNaN(stored) || stored < this.minimum || stored > this.maximum) {
			throw SingleStoreErrors
				.unknown("Vector element value " + value + " is out of range for element type " + name());
		}
		return (this == F32) ? (float) stored : stored;
	}

	String format(double value) {
		if (isInteger()) {
			return Long.toString((long) value);
		}
		if (value == 0) {
			return "0";
		}
		BigDecimal decimal = (this == F32) ? new BigDecimal(value).round(FLOAT_PRECISION) : BigDecimal.valueOf(value);
		decimal = decimal.stripTrailingZeros();
		int exponent = decimal.precision() - decimal.scale() - 1;
		if (exponent < SMALLEST_FIXED_EXPONENT || exponent >= ((this == F32) ? FLOAT_DIGITS : DOUBLE_DIGITS)) {
			return scientific(decimal, exponent);
		}
		return decimal.toPlainString();
	}

	void write(ByteBuffer buffer, double value) {
		switch (this) {
			case I8 -> buffer.put((byte) value);
			case I16 -> buffer.putShort((short) value);
			case I32 -> buffer.putInt((int) value);
			case I64 -> buffer.putLong((long) value);
			case F32 -> buffer.putFloat((float) value);
			case F64 -> buffer.putDouble(value);
		}
	}

	double read(ByteBuffer buffer) {
		return switch (this) {
			case I8 -> buffer.get();
			case I16 -> buffer.getShort();
			case I32 -> buffer.getInt();
			case I64 -> buffer.getLong();
			case F32 -> buffer.getFloat();
			case F64 -> buffer.getDouble();
		};
	}

	private static String scientific(BigDecimal decimal, int exponent) {
		String mantissa = decimal.movePointLeft(exponent).stripTrailingZeros().toPlainString();
		String sign = (exponent < 0) ? "-" : "+";
		return mantissa + "e" + sign + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
	}

}
