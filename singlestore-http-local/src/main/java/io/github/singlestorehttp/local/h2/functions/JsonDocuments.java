package io.github.singlestorehttp.local.h2.functions;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads and writes JSON text as SingleStore stores it: key order kept, printed compactly ({@code {"a":1,"b":[1,2]}}).
 */
final class JsonDocuments {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private JsonDocuments() {
	}

	/** Parses JSON text, or returns {@code null} when the text is {@code null} or not valid JSON. */
	static @Nullable JsonNode parse(@Nullable String json) {
		if (json == null) {
			return null;
		}
		try {
			return MAPPER.readTree(json);
		}
		catch (JacksonException invalid) {
			return null;
		}
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	static JsonNodeFactory nodes() {
		return MAPPER.getNodeFactory();
	}

	/** A JSON number printed as SingleStore prints doubles: without a fraction when the value is integral. */
	static JsonNode number(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() <= 0) ? nodes().numberNode(plain.toBigIntegerExact())
				: nodes().numberNode(plain.doubleValue());
	}

}
