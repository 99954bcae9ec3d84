package io.github.singlestorehttp.client.codec;

import java.io.StringWriter;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes JSON text: the raw form of JSON column values.
 */
final class JsonText {

	static final JsonFactory FACTORY = new JsonFactory();

	private JsonText() {
	}

	static String quote(String value) {
		StringWriter writer = new StringWriter(value.length() + 2);
		try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), writer)) {
			generator.writeString(value);
		}
		return writer.toString();
	}

}
