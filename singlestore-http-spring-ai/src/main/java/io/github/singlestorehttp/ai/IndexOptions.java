package io.github.singlestorehttp.ai;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code INDEX_OPTIONS} of a vector index as a SQL string literal. DDL takes no arguments, so the options are
 * checked to be a JSON object, written back compactly and escaped for a single-quoted literal.
 */
final class IndexOptions {

	private IndexOptions() {
	}

	static String literal(String json) {
		JsonNode options;
		try {
			options = JsonMapper.shared().readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Vector index options must be a JSON object", ex);
		}
		if (options == null || !options.isObject()) {
			throw new IllegalArgumentException("Vector index options must be a JSON object");
		}
		return "'" + options.toString().replace("\\", "\\\\").replace("'", "''") + "'";
	}

}
