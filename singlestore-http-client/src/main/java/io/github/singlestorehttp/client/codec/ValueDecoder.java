package io.github.singlestorehttp.client.codec;

import java.math.BigDecimal;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Decodes one scalar JSON value of a result row into the Java type of its column, exactly: no integer
 * or decimal passes through {@code double}.
 * <p>
 * Not thread-safe; one instance per decoder.
 */
final class ValueDecoder {

	/** The most decimal digits any {@code long} holds: 999,999,999,999,999,999. */
	private static final int MAX_LONG_DIGITS = 18;

	private static final char MAX_ASCII = 0x7f;

	private final TemporalText temporalText = new TemporalText();

	@Nullable Object decode(ColumnKind kind, JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		return switch (kind) {
			case INTEGER -> integer(parser, token);
			case BIGINT -> bigint(parser, token);
			case FLOAT -> (float) parser.getValueAsDouble();
			case DOUBLE -> parser.getValueAsDouble();
			case DECIMAL -> (token == JsonToken.VALUE_STRING) ? decimal(parser) : parser.getDecimalValue();
			case DATE -> temporalText(parser).date();
			case TIME -> temporalText(parser).time();
			case DATETIME -> temporalText(parser).dateTime();
			case YEAR -> (token == JsonToken.VALUE_STRING) ? Integer.valueOf(parser.getString().trim())
					: parser.getIntValue();
			case BINARY -> base64(parser);
			case JSON -> throw new IllegalArgumentException("JSON values are copied as text, not decoded");
			case TEXT, VECTOR -> parser.getString();
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

	/**
	 * Decode base64 text from the parser's characters, without a {@code String} in between.
	 */
	private static byte[] base64(JsonParser parser) {
		char[] chars = parser.getStringCharacters();
		int from = parser.getStringOffset();
		byte[] ascii = new byte[parser.getStringLength()];
		for (int i = 0; i < ascii.length; i++) {
			char ch = chars[from + i];
			if (ch > MAX_ASCII) {
				throw new IllegalArgumentException("Base64 text holds a character beyond ASCII at " + i);
			}
			ascii[i] = (byte) ch;
		}
		return Base64.getDecoder().decode(ascii);
	}

	private TemporalText temporalText(JsonParser parser) {
		return this.temporalText.at(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
	}

	private static BigDecimal decimal(JsonParser parser) {
		char[] chars = parser.getStringCharacters();
		int from = parser.getStringOffset();
		int to = from + parser.getStringLength();
		while (from < to && Character.isWhitespace(chars[from])) {
			from++;
		}
		while (to > from && Character.isWhitespace(chars[to - 1])) {
			to--;
		}
		return decimal(chars, from, to);
	}

	/**
	 * Read a decimal's text. Plain text with at most 18 digits ({@code -123.45}) is built from its unscaled
	 * digits, which fit a {@code long} exactly; any other text is left to {@link BigDecimal}'s own parser, which
	 * also rejects what is not a number.
	 */
	static BigDecimal decimal(char[] chars, int from, int to) {
		int index = from;
		boolean negative = index < to && chars[index] == '-';
		if (index < to && (negative || chars[index] == '+')) {
			index++;
		}
		long unscaled = 0;
		int digits = 0;
		int scale = -1;
		for (; index < to; index++) {
			char ch = chars[index];
			if (ch >= '0' && ch <= '9') {
				unscaled = unscaled * 10 + (ch - '0');
				digits++;
				scale += (scale >= 0) ? 1 : 0;
			}
			else if (ch == '.' && scale < 0) {
				scale = 0;
			}
			else {
				return new BigDecimal(chars, from, to - from);
			}
		}
		if (digits == 0 || digits > MAX_LONG_DIGITS) {
			return new BigDecimal(chars, from, to - from);
		}
		return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
	}

}
