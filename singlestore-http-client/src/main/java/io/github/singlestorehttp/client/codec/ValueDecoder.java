package io.github.singlestorehttp.client.codec;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Decodes one scalar JSON value of a result row into the Java type of its column, exactly: no integer
 * or decimal passes through {@code double}.
 */
final class ValueDecoder {

	private static final long NANOS_PER_DAY = Duration.ofDays(1).toNanos();

	private ValueDecoder() {
	}

	static @Nullable Object decode(ColumnKind kind, JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		return switch (kind) {
			case INTEGER -> integer(parser, token);
			case BIGINT -> bigint(parser, token);
			case FLOAT -> (float) parser.getValueAsDouble();
			case DOUBLE -> parser.getValueAsDouble();
			case DECIMAL -> (token == JsonToken.VALUE_STRING) ? new BigDecimal(parser.getString().trim())
					: parser.getDecimalValue();
			case DATE -> date(parser.getString());
			case TIME -> time(parser.getString());
			case DATETIME -> dateTime(parser.getString());
			case YEAR -> (token == JsonToken.VALUE_STRING) ? Integer.valueOf(parser.getString().trim())
					: parser.getIntValue();
			case BINARY -> Base64.getDecoder().decode(parser.getString());
			case JSON -> scalarJson(parser, token);
			case TEXT -> parser.getString();
		};
	}

	private static Object integer(JsonParser parser, JsonToken token) {
		if (token != JsonToken.VALUE_NUMBER_INT) {
			return Long.valueOf(parser.getValueAsString().trim());
		}
		long value = parser.getLongValue();
		if (value == (int) value) {
			return (int) value;
		}
		return value;
	}

	private static Object bigint(JsonParser parser, JsonToken token) {
		if (token != JsonToken.VALUE_NUMBER_INT) {
			return new BigDecimal(parser.getValueAsString().trim()).toBigIntegerExact();
		}
		return (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) ? parser.getBigIntegerValue()
				: parser.getLongValue();
	}

	private static String scalarJson(JsonParser parser, JsonToken token) {
		return switch (token) {
			case VALUE_STRING -> JsonText.quote(parser.getString());
			default -> parser.getString();
		};
	}

	private static @Nullable LocalDate date(String text) {
		return text.startsWith("0000-00-00") ? null : LocalDate.parse(text);
	}

	private static @Nullable LocalDateTime dateTime(String text) {
		return text.startsWith("0000-00-00") ? null : LocalDateTime.parse(text.replace(' ', 'T'));
	}

	static Object time(String text) {
		boolean negative = text.startsWith("-");
		String[] parts = (negative ? text.substring(1) : text).split(":");
		if (parts.length != 3) {
			throw new IllegalArgumentException("Not a TIME value: " + text);
		}
		String[] seconds = parts[2].split("\\.");
		long nanos = Long.parseLong(parts[0]) * 3_600_000_000_000L + Long.parseLong(parts[1]) * 60_000_000_000L
				+ Long.parseLong(seconds[0]) * 1_000_000_000L;
		if (seconds.length > 1) {
			nanos += Long.parseLong((seconds[1] + "000000000").substring(0, 9));
		}
		if (!negative && nanos < NANOS_PER_DAY) {
			return LocalTime.ofNanoOfDay(nanos);
		}
		Duration duration = Duration.ofNanos(nanos);
		return negative ? duration.negated() : duration;
	}

}
