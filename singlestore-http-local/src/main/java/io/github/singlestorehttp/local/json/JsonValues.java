package io.github.singlestorehttp.local.json;

import java.math.BigInteger;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes the JSON-ready values produced by {@link io.github.singlestorehttp.local.result.ValueReader}s.
 */
final class JsonValues {

	private JsonValues() {
	}

	static void write(JsonGenerator generator, @Nullable Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Float number) {
			generator.writeNumber(number);
		}
		else if (value instanceof BigInteger number) {
			generator.writeNumber(number);
		}
		else if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof JsonNode tree) {
			generator.writeTree(tree);
		}
		else {
			throw new IllegalArgumentException("Unsupported value type " + value.getClass().getName());
		}
	}

}
