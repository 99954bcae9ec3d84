package io.github.singlestorehttp.benchmarks.decode;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Tokenizes a body without reading any value: the absolute floor of JSON parsing cost, for context.
 */
public final class TokenScan {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private TokenScan() {
	}

	/**
	 * Counts the tokens of a body.
	 * @param body the body
	 * @return the number of tokens
	 */
	public static long count(byte[] body) {
		long tokens = 0;
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
			while (parser.nextToken() != null) {
				tokens++;
			}
		}
		return tokens;
	}

}
