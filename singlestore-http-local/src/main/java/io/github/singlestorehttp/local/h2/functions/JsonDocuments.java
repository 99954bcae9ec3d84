package io.github.singlestorehttp.local.h2.functions;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads and writes JSON text as SingleStore stores it: keys in order (SingleStore's JSON_BUILD_OBJECT example
 * {@code JSON_BUILD_OBJECT('name', 'alpha', 'n', 1)} gives {@code {"n":1,"name":"alpha"}}), printed compactly ({@code {"a":1,"b":[1,2]}}),
 * numbers with a fraction or exponent read as decimals and printed without trailing zeros or exponent
 * ({@code 1.0} as {@code 1}, {@code 1e2} as {@code 100}).
 */
final class JsonDocuments {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS, JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES,
				JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
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

	/**
	 * A JSON number printed without trailing zeros or exponent, so that integral numbers print as integers as in
	 * SingleStore's examples ({@code JSON_ARRAY_PUSH_DOUBLE('[1, 2, 3]', 'delta')} gives {@code [1,2,3,0]}).
	 */
	static JsonNode number(BigDecimal value) {
		return nodes().numberNode(value.stripTrailingZeros());
	}

}
