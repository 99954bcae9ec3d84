package io.github.singlestorehttp.local.h2.functions;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The masks of {@code JSON_INCLUDE_MASK} and {@code JSON_EXCLUDE_MASK}: a JSON object whose fields are {@code 1}
 * (the whole field) or a nested mask, which applies to an object field and to the objects of an array field.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-include-exclude-mask/">
 * JSON_INCLUDE/EXCLUDE_MASK</a>
 */
final class JsonMask {

	private JsonMask() {
	}

	/** Keeps the fields the mask names; a nested mask keeps only objects, and objects in arrays. */
	static ObjectNode include(JsonNode document, JsonNode mask) {
		ObjectNode result = JsonDocuments.nodes().objectNode();
		for (Map.Entry<String, JsonNode> field : document.properties()) {
			JsonNode fieldMask = mask.get(field.getKey());
			if (fieldMask == null) {
				continue;
			}
			if (!fieldMask.isObject()) {
				result.set(field.getKey(), field.getValue());
			}
			else if (field.getValue().isObject()) {
				result.set(field.getKey(), include(field.getValue(), fieldMask));
			}
			else if (field.getValue().isArray()) {
				ArrayNode objects = JsonDocuments.nodes().arrayNode();
				for (JsonNode element : field.getValue()) {
					if (element.isObject()) {
						objects.add(include(element, fieldMask));
					}
				}
				result.set(field.getKey(), objects);
			}
		}
		return result;
	}

	/** Removes the fields the mask names; a nested mask applies to objects, and objects in arrays, only. */
	static ObjectNode exclude(JsonNode document, JsonNode mask) {
		ObjectNode result = JsonDocuments.nodes().objectNode();
		for (Map.Entry<String, JsonNode> field : document.properties()) {
			JsonNode fieldMask = mask.get(field.getKey());
			if (fieldMask == null) {
				result.set(field.getKey(), field.getValue());
			}
			else if (fieldMask.isObject()) {
				result.set(field.getKey(), excludeNested(field.getValue(), fieldMask));
			}
		}
		return result;
	}

	private static JsonNode excludeNested(JsonNode value, JsonNode mask) {
		if (value.isObject()) {
			return exclude(value, mask);
		}
		if (value.isArray()) {
			ArrayNode elements = JsonDocuments.nodes().arrayNode();
			for (JsonNode element : value) {
				elements.add(element.isObject() ? exclude(element, mask) : element);
			}
			return elements;
		}
		return value;
	}

}
