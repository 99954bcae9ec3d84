package io.github.singlestorehttp.local.result;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;

import io.github.singlestorehttp.local.h2.functions.VectorFunctions;

/**
 * The value encodings of the Data API: integers and floats as JSON numbers, DECIMAL as a plain string, dates and
 * times as MySQL text, binary as base64, booleans as 0 and 1.
 */
final class ValueReaders {

	private ValueReaders() {
	}

	static ValueReader integer() {
		return (resultSet, column) -> {
			long value = resultSet.getLong(column);
			return resultSet.wasNull() ? null : value;
		};
	}

	static ValueReader unsignedBigint() {
		return (resultSet, column) -> {
			BigDecimal value = resultSet.getBigDecimal(column);
			return (value != null) ? value.toBigIntegerExact() : null;
		};
	}

	/**
	 * Reads a VECTOR column, stored as JSON array text, and prints it as SingleStore prints vectors of its element
	 * type.
	 */
	static ValueReader vector(String elementType) {
		return (resultSet, column) -> {
			String value = resultSet.getString(column);
			return (value != null) ? VectorFunctions.format(value, elementType) : null;
		};
	}

	static ValueReader year() {
		return (resultSet, column) -> {
			int value = resultSet.getInt(column);
			return resultSet.wasNull() ? null : String.format("%04d", value);
		};
	}

	static ValueReader bits() {
		return (resultSet, column) -> {
			long value = resultSet.getLong(column);
			return resultSet.wasNull() ? null
					: Base64.getEncoder().encodeToString(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
		};
	}

	static ValueReader booleanAsNumber() {
		return (resultSet, column) -> {
			boolean value = resultSet.getBoolean(column);
			return resultSet.wasNull() ? null : (value ? 1L : 0L);
		};
	}

	static ValueReader singlePrecision() {
		return (resultSet, column) -> {
			float value = resultSet.getFloat(column);
			return resultSet.wasNull() ? null : value;
		};
	}

	static ValueReader doublePrecision() {
		return (resultSet, column) -> {
			double value = resultSet.getDouble(column);
			return resultSet.wasNull() ? null : value;
		};
	}

	static ValueReader decimal() {
		return (resultSet, column) -> {
			BigDecimal value = resultSet.getBigDecimal(column);
			return (value != null) ? value.toPlainString() : null;
		};
	}

	static ValueReader text() {
		return ResultSet::getString;
	}

	static ValueReader binary() {
		return (resultSet, column) -> {
			byte[] value = resultSet.getBytes(column);
			return (value != null) ? Base64.getEncoder().encodeToString(value) : null;
		};
	}

	static ValueReader date() {
		return (resultSet, column) -> {
			LocalDate value = resultSet.getObject(column, LocalDate.class);
			return (value != null) ? TemporalText.date(value) : null;
		};
	}

	/**
	 * Reads a TIME through its text, as MySQL-family engines print TIME values whose hours pass 23
	 * ({@code 838:59:59}), which a {@code LocalTime} cannot hold.
	 */
	static ValueReader time(int fractionDigits) {
		return (resultSet, column) -> {
			String value = resultSet.getString(column);
			return (value != null) ? TemporalText.time(value, fractionDigits) : null;
		};
	}

	/**
	 * Reads a TIME held as a duration, whose hours may pass 23 ({@code 838:59:59}) and which may be negative.
	 */
	static ValueReader duration(int fractionDigits) {
		return (resultSet, column) -> {
			Duration value = resultSet.getObject(column, Duration.class);
			return (value != null) ? TemporalText.duration(value, fractionDigits) : null;
		};
	}

	static ValueReader dateTime(int fractionDigits) {
		return (resultSet, column) -> {
			LocalDateTime value = resultSet.getObject(column, LocalDateTime.class);
			return (value != null) ? TemporalText.dateTime(value, fractionDigits) : null;
		};
	}

	static ValueReader timestampInZone(int fractionDigits, ZoneId zone) {
		return (resultSet, column) -> {
			OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
			return (value != null)
					? TemporalText.dateTime(value.atZoneSameInstant(zone).toLocalDateTime(), fractionDigits) : null;
		};
	}

	static ValueReader alwaysNull() {
		return (resultSet, column) -> null;
	}

}
