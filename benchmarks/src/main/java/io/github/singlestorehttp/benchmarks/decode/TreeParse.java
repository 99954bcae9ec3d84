package io.github.singlestorehttp.benchmarks.decode;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The naive client: parses the whole body into a tree of maps and lists (Python's {@code response.json()}) and only
 * then looks at the rows.
 */
public final class TreeParse {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private TreeParse() {
	}

	/**
	 * Parses a body held in memory.
	 * @param body the body
	 * @return the tree
	 */
	public static Map<?, ?> parse(byte[] body) {
		return MAPPER.readValue(body, Map.class);
	}

	/**
	 * Parses a body read from a stream.
	 * @param body the stream, closed at the end
	 * @return the tree
	 */
	public static Map<?, ?> parse(InputStream body) {
		return MAPPER.readValue(body, Map.class);
	}

	/**
	 * The number of rows of the first result in a tree.
	 * @param tree the parsed body
	 * @return the row count
	 */
	public static int rowCount(Map<?, ?> tree) {
		List<?> results = (List<?>) tree.get("results");
		return ((List<?>) ((Map<?, ?>) results.get(0)).get("rows")).size();
	}

}
