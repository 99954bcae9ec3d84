package io.github.singlestorehttp.local.h2.functions;

import java.util.ArrayList;
import java.util.List;

import org.h2.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A SingleStore keypath: a list of object keys and zero-based array positions, given as separate function arguments
 * ({@code JSON_EXTRACT_STRING(json, 'a', 0, 'b')}).
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-extract-type/">
 * JSON_EXTRACT_&lt;type&gt;</a>
 */
final class JsonKeyPath {

	private final List<String> steps;

	private JsonKeyPath(List<String> steps) {
		this.steps = steps;
	}

	/**
	 * The keypath made of the given arguments, or {@code null} when one of them is SQL {@code NULL}.
	 */
	static @Nullable JsonKeyPath of(Value[] arguments, int from, int to) {
		List<String> steps = new ArrayList<>(to - from);
		for (int index = from; index < to; index++) {
			String step = SqlArguments.text(arguments[index]);
			if (step == null) {
				return null;
			}
			steps.add(step);
		}
		return new JsonKeyPath(steps);
	}

	boolean isEmpty() {
		return this.steps.isEmpty();
	}

	/** The value the whole keypath leads to, or {@code null} when it matches nothing. */
	@Nullable JsonNode find(JsonNode root) {
		return walk(root, this.steps.size());
	}

	/** The object or array that holds the last step, or {@code null} when the keypath up to it matches nothing. */
	@Nullable JsonNode parent(JsonNode root) {
		return walk(root, this.steps.size() - 1);
	}

	String last() {
		return this.steps.get(this.steps.size() - 1);
	}

	/**
	 * Sets the last step in its parent: an object gets the key, an array gets the position, padded with JSON
	 * {@code null} when past its end. Nothing changes when the parent does not exist.
	 */
	void set(JsonNode root, JsonNode value) {
		JsonNode parent = parent(root);
		if (parent instanceof ObjectNode object) {
			object.set(last(), value);
		}
		else if (parent instanceof ArrayNode array && position(last()) >= 0) {
			int position = position(last());
			while (array.size() <= position) {
				array.addNull();
			}
			array.set(position, value);
		}
	}

	/** Removes the last step from its parent when both exist. */
	void remove(JsonNode root) {
		JsonNode parent = parent(root);
		if (parent instanceof ObjectNode object) {
			object.remove(last());
		}
		else if (parent instanceof ArrayNode array) {
			int position = position(last());
			if (position >= 0 && position < array.size()) {
				array.remove(position);
			}
		}
	}

	private @Nullable JsonNode walk(JsonNode root, int stepCount) {
		JsonNode node = root;
		for (int index = 0; index < stepCount && node != null; index++) {
			node = child(node, this.steps.get(index));
		}
		return node;
	}

	private static @Nullable JsonNode child(JsonNode node, String step) {
		if (node.isObject()) {
			return node.get(step);
		}
		if (node.isArray()) {
			int position = position(step);
			return (position >= 0) ? node.get(position) : null;
		}
		return null;
	}

	private static int position(String step) {
		try {
			return Integer.parseInt(step.strip());
		}
		catch (NumberFormatException notAPosition) {
			return -1;
		}
	}

}
