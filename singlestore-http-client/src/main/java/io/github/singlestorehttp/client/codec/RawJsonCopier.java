package io.github.singlestorehttp.client.codec;

import java.io.StringWriter;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns the JSON values a parser reads back into JSON text, event by event, so that a value split across
 * chunks of a response can be copied as it arrives. One generator and one buffer serve every value of a
 * response: creating a generator per value costs more than decoding the value.
 * <p>
 * Not thread-safe; one instance per decoder.
 */
final class RawJsonCopier {

	private static final JsonFactory FACTORY = JsonFactory.builder().rootValueSeparator((String) null).build();

	private final StringWriter text = new StringWriter();

	private final JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), this.text);

	private int depth;

	/**
	 * Copy the parser's current event; numbers keep the text they were read as.
	 * @param parser the parser, positioned on the event
	 * @return whether the event completed a value, which {@link #take()} then returns
	 */
	boolean copy(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token.isNumeric()) {
			this.generator.writeNumber(parser.getString());
		}
		else {
			this.generator.copyCurrentEvent(parser);
		}
		this.depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
		return this.depth == 0;
	}

	/**
	 * Return the text of the value just completed and start the next one.
	 * @return the JSON text
	 */
	String take() {
		this.generator.flush();
		StringBuffer buffer = this.text.getBuffer();
		String value = buffer.toString();
		buffer.setLength(0);
		return value;
	}

}
