package io.github.singlestorehttp.client.codec;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one Java argument travels to the Data API: the text that replaces its {@code ?} in the SQL sent
 * on the wire, and, unless the value was inlined as a literal, the JSON value sent in {@code args}.
 *
 * @param sqlText the text standing for the argument in the wire SQL ({@code ?}, {@code FROM_BASE64(?)}
 * or an exact numeric literal)
 * @param inArgs whether a JSON value is sent in {@code args}
 * @param jsonValue the JSON value: a {@link String}, {@link Boolean}, {@link Double} or {@code null}
 * @param texts the forms in which the server may echo the value in an error message, for redaction
 */
record EncodedArgument(String sqlText, boolean inArgs, @Nullable Object jsonValue, List<String> texts) {

	static EncodedArgument literal(String sqlText, String number) {
		return new EncodedArgument(sqlText, false, null, List.of(number));
	}

	static EncodedArgument json(@Nullable Object value) {
		return new EncodedArgument("?", true, value, texts(value));
	}

	static EncodedArgument base64(byte[] bytes, String base64) {
		List<String> texts = (bytes.length > 0) ? List.of(base64, new String(bytes, StandardCharsets.UTF_8)) : List.of();
		return new EncodedArgument("FROM_BASE64(?)", true, base64, texts);
	}

	private static List<String> texts(@Nullable Object value) {
		if (value instanceof String text) {
			return text.isEmpty() ? List.of() : List.of(text);
		}
		if (value instanceof Boolean bool) {
			return bool ? List.of("true", "1") : List.of("false", "0");
		}
		if (value instanceof Double number) {
			return List.of(number.toString(), BigDecimal.valueOf(number).stripTrailingZeros().toPlainString());
		}
		return List.of();
	}

}
