package io.github.singlestorehttp.client.codec;

import org.jspecify.annotations.Nullable;

/**
 * How one Java argument travels to the Data API: the text that replaces its {@code ?} in the SQL sent
 * on the wire, and, unless the value was inlined as a literal, the JSON value sent in {@code args}.
 *
 * @param sqlText the text standing for the argument in the wire SQL ({@code ?}, {@code FROM_BASE64(?)}
 * or an exact numeric literal)
 * @param inArgs whether a JSON value is sent in {@code args}
 * @param jsonValue the JSON value: a {@link String}, {@link Boolean}, {@link Double} or {@code null}
 */
record EncodedArgument(String sqlText, boolean inArgs, @Nullable Object jsonValue) {

	static EncodedArgument literal(String literal) {
		return new EncodedArgument(literal, false, null);
	}

	static EncodedArgument json(@Nullable Object value) {
		return new EncodedArgument("?", true, value);
	}

	static EncodedArgument base64(String base64) {
		return new EncodedArgument("FROM_BASE64(?)", true, base64);
	}

}
