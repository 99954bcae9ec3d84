package io.github.singlestorehttp.client.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Encodes Java argument values so that the Data API stores them exactly.
 * <p>
 * The Data API decodes JSON numbers as 64-bit floats, which loses digits above 2^53 and prints
 * {@code 1000000} as {@code 1e+06} (a syntax error in {@code LIMIT}). Integers and decimals are therefore
 * written into the SQL as exact literals built from their numeric value (never from a subclass's text, see
 * {@link NumericLiteral}), strings, temporal values and UUIDs
 * travel as JSON strings, {@code byte[]} as base64 decoded by {@code FROM_BASE64(?)} on the server, and
 * {@code float[]} and {@code double[]} vectors as JSON array text (see {@link VectorText}), never as base64.
 * Values of other types are refused before anything is sent.
 */
final class ArgumentEncoder {

	private ArgumentEncoder() {
	}

	static EncodedArgument encode(@Nullable Object value, int position) {
		Object unwrapped = unwrap(value);
		if (unwrapped == null) {
			return EncodedArgument.json(null);
		}
		if (unwrapped instanceof Integer || unwrapped instanceof Long || unwrapped instanceof Short
				|| unwrapped instanceof Byte || unwrapped instanceof AtomicInteger || unwrapped instanceof AtomicLong) {
			return numericLiteral(NumericLiteral.of(((Number) unwrapped).longValue()));
		}
		if (unwrapped instanceof BigInteger integer) {
			return numericLiteral(NumericLiteral.of(integer, position));
		}
		if (unwrapped instanceof BigDecimal decimal) {
			return numericLiteral(NumericLiteral.of(decimal, position));
		}
		if (unwrapped instanceof Double || unwrapped instanceof Float) {
			return EncodedArgument.json(finiteDouble((Number) unwrapped, position));
		}
		if (unwrapped instanceof String || unwrapped instanceof Character || unwrapped instanceof UUID) {
			return EncodedArgument.json(unwrapped.toString());
		}
		if (unwrapped instanceof Boolean) {
			return EncodedArgument.json(unwrapped);
		}
		if (unwrapped instanceof Enum<?> constant) {
			return EncodedArgument.json(constant.name());
		}
		if (unwrapped instanceof float[] vector) {
			return EncodedArgument.json(VectorText.format(vector, position));
		}
		if (unwrapped instanceof double[] vector) {
			return EncodedArgument.json(VectorText.format(vector, position));
		}
		if (unwrapped instanceof byte[] bytes) {
			return EncodedArgument.base64(bytes, Base64.getEncoder().encodeToString(bytes));
		}
		String temporal = TemporalFormat.format(unwrapped);
		if (temporal != null) {
			return EncodedArgument.json(temporal);
		}
		throw unsupported(unwrapped, position);
	}

	private static @Nullable Object unwrap(@Nullable Object value) {
		if (value instanceof Optional<?> optional) {
			return optional.orElse(null);
		}
		if (value instanceof OptionalInt optional) {
			return optional.isPresent() ? optional.getAsInt() : null;
		}
		if (value instanceof OptionalLong optional) {
			return optional.isPresent() ? optional.getAsLong() : null;
		}
		if (value instanceof OptionalDouble optional) {
			return optional.isPresent() ? optional.getAsDouble() : null;
		}
		if (value instanceof Year year) {
			return year.getValue();
		}
		return value;
	}

	private static EncodedArgument numericLiteral(String digits) {
		return EncodedArgument.literal(digits.startsWith("-") ? "(" + digits + ")" : digits, digits);
	}

	private static Double finiteDouble(Number number, int position) {
		double value = (number instanceof Float f) ? Double.parseDouble(Float.toString(f)) : number.doubleValue();
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new InvalidDataAccessApiUsageException("Argument " + position + " is " + value
					+ ", which SingleStore cannot store; pass null or a finite number");
		}
		return value;
	}

	private static InvalidDataAccessApiUsageException unsupported(Object value, int position) {
		String type = value.getClass().getName();
		if (value instanceof Collection<?> || value.getClass().isArray()) {
			return new InvalidDataAccessApiUsageException("Argument " + position + " is a " + type
					+ "; collections and arrays expand only into named parameters, e.g. sql(\"... IN (:ids)\")"
					+ ".param(\"ids\", list)");
		}
		return new InvalidDataAccessApiUsageException("Argument " + position + " has unsupported type " + type
				+ "; supported: numbers, String, Boolean, byte[], UUID, enums, java.time values, Optional and null");
	}

	/** Formats of temporal values in the text forms SingleStore parses. */
	private static final class TemporalFormat {

		private TemporalFormat() {
		}

		static @Nullable String format(Object value) {
			if (value instanceof LocalDateTime dateTime) {
				return dateTime.toLocalDate() + " " + time(dateTime.toLocalTime());
			}
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			if (value instanceof LocalTime time) {
				return time(time);
			}
			if (value instanceof Instant instant) {
				return format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
			}
			if (value instanceof OffsetDateTime dateTime) {
				return format(dateTime.toInstant());
			}
			if (value instanceof ZonedDateTime dateTime) {
				return format(dateTime.toInstant());
			}
			if (value instanceof Duration duration) {
				return duration(duration);
			}
			return null;
		}

		private static String time(LocalTime time) {
			return String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond())
					+ fraction(time.getNano());
		}

		private static String duration(Duration duration) {
			Duration magnitude = duration.abs();
			long hours = magnitude.toHours();
			String text = String.format("%d:%02d:%02d", hours, magnitude.toMinutesPart(), magnitude.toSecondsPart())
					+ fraction(magnitude.toNanosPart());
			return duration.isNegative() ? "-" + text : text;
		}

		private static String fraction(int nanos) {
			int micros = nanos / 1000;
			return (micros == 0) ? "" : String.format(".%06d", micros);
		}

	}

}
