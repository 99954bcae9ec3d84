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
		if (text.startsWith("0000-00-00")) {
			return null;
		}
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			throw new IllegalArgumentException("Not a DATE value: " + text);
		}
		return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
	}

	private static @Nullable LocalDateTime dateTime(String text) {
		if (text.startsWith("0000-00-00")) {
			return null;
		}
		if (text.length() < 19 || (text.charAt(10) != ' ' && text.charAt(10) != 'T') || text.charAt(13) != ':'
				|| text.charAt(16) != ':') {
			throw new IllegalArgumentException("Not a DATETIME value: " + text);
		}
		LocalDate date = date(text.substring(0, 10));
		int nanos = (text.length() > 19) ? fraction(text, 19) : 0;
		return LocalDateTime.of(date, LocalTime.of(digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19), nanos));
	}

	private static int fraction(String text, int dot) {
		if (text.charAt(dot) != '.' || text.length() == dot + 1 || text.length() > dot + 10) {
			throw new IllegalArgumentException("Not a fraction of a second: " + text);
		}
		int nanos = digits(text, dot + 1, text.length());
		for (int i = text.length() - dot - 1; i < 9; i++) {
			nanos *= 10;
		}
		return nanos;
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new IllegalArgumentException("Not a digit at " + i + ": " + text);
			}
			value = value * 10 + (c - '0');
		}
		return value;
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
