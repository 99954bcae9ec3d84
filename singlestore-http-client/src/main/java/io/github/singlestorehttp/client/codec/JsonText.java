package io.github.singlestorehttp.client.codec;

import tools.jackson.core.json.JsonFactory;

/**
 * The Jackson factory the codec parses responses with.
 */
final class JsonText {

	static final JsonFactory FACTORY = new JsonFactory();

	private JsonText() {
	}

}
