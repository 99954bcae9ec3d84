package io.github.singlestorehttp.local.h2.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

import org.h2.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SingleStore's JSON functions. JSON values are text holding JSON; results are printed compactly, keeping key order,
 * as SingleStore prints them ({@code {"a":1,"b":[1,2]}}). A keypath is a list of arguments naming object keys and
 * zero-based array positions.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/">SingleStore: JSON
 * Functions</a>
 */
public final class JsonFunctions {

	private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (left, right) -> {
		if (left.isNumber() && right.isNumber()) {
			return Double.compare(left.doubleValue(), right.doubleValue());
		}
		return left.equals(right) ? 0 : 1;
	};

	private static final Function<Value, @Nullable JsonNode> AS_STRING = (value) -> JsonDocuments.nodes()
		.stringNode(value.getString());

	private static final Function<Value, @Nullable JsonNode> AS_DOUBLE = (value) -> JsonDocuments
		.number(SqlArguments.number(value));

	private static final Function<Value, @Nullable JsonNode> AS_JSON = (value) -> JsonDocuments
		.parse(value.getString());

	private JsonFunctions() {
	}

	/**
	 * {@code JSON_EXTRACT_STRING(json, keypath...)}: a JSON string's text, or the JSON text of any other value.
	 * @return the text, or {@code null} when the JSON is invalid, the keypath matches nothing or the value is JSON
	 * {@code null}
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-extract-type/">
	 * JSON_EXTRACT_&lt;type&gt;</a>
	 */
	public static @Nullable String jsonExtractString(@Nullable String json, Value... keyPath) {
		return extract(json, keyPath, (node) -> node.isString() ? node.stringValue() : JsonDocuments.write(node));
	}

	/**
	 * {@code JSON_EXTRACT_JSON(json, keypath...)}: the JSON text of the value the keypath leads to.
	 * @return the JSON text, or {@code null} when the JSON is invalid or the keypath matches nothing
	 */
	public static @Nullable String jsonExtractJson(@Nullable String json, Value... keyPath) {
		JsonNode node = find(json, keyPath);
		return (node != null) ? JsonDocuments.write(node) : null;
	}

	/**
	 * {@code JSON_EXTRACT_BIGINT(json, keypath...)}: numbers rounded half away from zero (1.5 becomes 2),
	 * {@code true}/{@code false} as 1/0 and 0 for every other type, as documented.
	 * @return the number, or {@code null} when the JSON is invalid, the keypath matches nothing or the value is JSON
	 * {@code null}
	 */
	public static @Nullable Long jsonExtractBigint(@Nullable String json, Value... keyPath) {
		return extract(json, keyPath, (node) -> number(node).setScale(0, RoundingMode.HALF_UP).longValue());
	}

	/**
	 * {@code JSON_EXTRACT_DOUBLE(json, keypath...)}: numbers as doubles; booleans and other types are converted as
	 * {@code JSON_EXTRACT_BIGINT} documents (1/0, otherwise 0), the documentation being silent for doubles.
	 * @return the number, or {@code null} when the JSON is invalid, the keypath matches nothing or the value is JSON
	 * {@code null}
	 */
	public static @Nullable Double jsonExtractDouble(@Nullable String json, Value... keyPath) {
		return extract(json, keyPath, (node) -> number(node).doubleValue());
	}

	/**
	 * {@code JSON_SET_STRING(json, keypath..., value)}: sets the last key of the keypath to a JSON string.
	 * @return the modified JSON, the JSON unchanged when the keypath up to its last key does not exist, or
	 * {@code null} when the JSON is not a valid map or array
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-set-type/">
	 * JSON_SET_&lt;type&gt;</a>
	 */
	public static @Nullable String jsonSetString(@Nullable String json, Value... keyPathAndValue) throws SQLException {
		return set("JSON_SET_STRING", json, keyPathAndValue, AS_STRING);
	}

	/** {@code JSON_SET_DOUBLE(json, keypath..., value)}: as {@link #jsonSetString} with a JSON number. */
	public static @Nullable String jsonSetDouble(@Nullable String json, Value... keyPathAndValue) throws SQLException {
		return set("JSON_SET_DOUBLE", json, keyPathAndValue, AS_DOUBLE);
	}

	/**
	 * {@code JSON_SET_JSON(json, keypath..., value)}: as {@link #jsonSetString} with a JSON value given as JSON text.
	 * @return as {@link #jsonSetString}, and {@code null} when the value is not valid JSON (the documentation is
	 * silent on that case)
	 */
	public static @Nullable String jsonSetJson(@Nullable String json, Value... keyPathAndValue) throws SQLException {
		return set("JSON_SET_JSON", json, keyPathAndValue, AS_JSON);
	}

	/**
	 * {@code JSON_DELETE_KEY(json, keypath...)}: removes the key or array position the keypath leads to.
	 * @return the JSON without the key (unchanged when the keypath matches nothing), or {@code null} when the JSON
	 * is invalid
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-delete-key/">
	 * JSON_DELETE_KEY</a>
	 */
	public static @Nullable String jsonDeleteKey(@Nullable String json, Value... keyPath) {
		JsonNode root = JsonDocuments.parse(json);
		JsonKeyPath path = JsonKeyPath.of(keyPath, 0, keyPath.length);
		if (root == null || path == null) {
			return null;
		}
		if (!path.isEmpty()) {
			path.remove(root);
		}
		return JsonDocuments.write(root);
	}

	/**
	 * {@code JSON_ARRAY_PUSH_STRING(json, value)}: appends a JSON string to a JSON array.
	 * @return the array with the new element, or {@code null} when the JSON is not a valid array
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-array-push-type/">
	 * JSON_ARRAY_PUSH_&lt;type&gt;</a>
	 */
	public static @Nullable String jsonArrayPushString(@Nullable String json, @Nullable String value) {
		return push(json, (value != null) ? JsonDocuments.nodes().stringNode(value) : JsonDocuments.nodes().nullNode());
	}

	/** {@code JSON_ARRAY_PUSH_DOUBLE(json, value)}: appends a number; text without a leading number counts as 0. */
	public static @Nullable String jsonArrayPushDouble(@Nullable String json, @Nullable Value value) {
		return push(json, SqlArguments.isNull(value) ? JsonDocuments.nodes().nullNode()
				: JsonDocuments.number(SqlArguments.number(value)));
	}

	/** {@code JSON_ARRAY_PUSH_JSON(json, value)}: appends a JSON value given as JSON text. */
	public static @Nullable String jsonArrayPushJson(@Nullable String json, @Nullable String value) {
		JsonNode element = (value != null) ? JsonDocuments.parse(value) : JsonDocuments.nodes().nullNode();
		return (element != null) ? push(json, element) : null;
	}

	/**
	 * {@code JSON_ARRAY_CONTAINS_STRING(json, value)}: whether a top-level element of the array is the string.
	 * @return 1 or 0 (0 also when the value is SQL {@code NULL} or the text is not JSON at all, as the documented
	 * examples show), or {@code null} when the JSON is valid but not an array
	 * @see <a href=
	 * "https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-array-contains-type/">
	 * JSON_ARRAY_CONTAINS_&lt;type&gt;</a>
	 */
	public static @Nullable Long jsonArrayContainsString(@Nullable String json, @Nullable String value) {
		return contains(json, (element) -> element.isString() && element.stringValue().equals(value));
	}

	/** {@code JSON_ARRAY_CONTAINS_DOUBLE(json, value)}: as {@link #jsonArrayContainsString} for a number. */
	public static @Nullable Long jsonArrayContainsDouble(@Nullable String json, @Nullable Value value) {
		if (SqlArguments.isNull(value)) {
			return contains(json, (element) -> false);
		}
		double number = SqlArguments.number(value).doubleValue();
		return contains(json, (element) -> element.isNumber() && element.doubleValue() == number);
	}

	/** {@code JSON_ARRAY_CONTAINS_JSON(json, value)}: as {@link #jsonArrayContainsString} for a JSON value. */
	public static @Nullable Long jsonArrayContainsJson(@Nullable String json, @Nullable String value) {
		JsonNode candidate = JsonDocuments.parse(value);
		return contains(json, (element) -> candidate != null && element.equals(NUMBERS_BY_VALUE, candidate));
	}

	/**
	 * {@code JSON_SPLICE_STRING(json, start, length, value...)}: removes length elements from the zero-based position
	 * start (counted from the end when negative) and inserts the values as JSON strings there.
	 * @return the array, or {@code null} when the JSON is not a valid array
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-splice-type/">
	 * JSON_SPLICE_&lt;type&gt;</a>
	 */
	public static @Nullable String jsonSpliceString(@Nullable String json, @Nullable Long start, @Nullable Long length,
			Value... values) {
		return splice(json, start, length, values, AS_STRING);
	}

	/** {@code JSON_SPLICE_DOUBLE(json, start, length, value...)}: as {@link #jsonSpliceString} with numbers. */
	public static @Nullable String jsonSpliceDouble(@Nullable String json, @Nullable Long start, @Nullable Long length,
			Value... values) {
		return splice(json, start, length, values, AS_DOUBLE);
	}

	/**
	 * {@code JSON_SPLICE_JSON(json, start, length, value...)}: as {@link #jsonSpliceString} with JSON values given as
	 * JSON text; {@code null} when a value is not valid JSON.
	 */
	public static @Nullable String jsonSpliceJson(@Nullable String json, @Nullable Long start, @Nullable Long length,
			Value... values) {
		return splice(json, start, length, values, AS_JSON);
	}

	/**
	 * {@code JSON_INCLUDE_MASK(json, mask)}: the fields of a JSON object that the mask names.
	 * @return the masked object, or {@code null} when the JSON is not an object
	 * @throws SQLException when the mask is not a JSON object
	 * @see <a href=
	 * "https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-include-exclude-mask/">
	 * JSON_INCLUDE/EXCLUDE_MASK</a>
	 */
	public static @Nullable String jsonIncludeMask(@Nullable String json, @Nullable String mask) throws SQLException {
		return applyMask(json, mask, "JSON_INCLUDE_MASK", JsonMask::include);
	}

	/**
	 * {@code JSON_EXCLUDE_MASK(json, mask)}: a JSON object without the fields that the mask names.
	 * @return the masked object, or {@code null} when the JSON is not an object
	 * @throws SQLException when the mask is not a JSON object
	 */
	public static @Nullable String jsonExcludeMask(@Nullable String json, @Nullable String mask) throws SQLException {
		return applyMask(json, mask, "JSON_EXCLUDE_MASK", JsonMask::exclude);
	}

	/**
	 * {@code JSON_LENGTH(json)}: the number of elements of an array or keys of a map.
	 * @return the length, or {@code null} when the JSON is not a valid array or map
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-length/">
	 * JSON_LENGTH</a>
	 */
	public static @Nullable Long jsonLength(@Nullable String json) {
		JsonNode root = JsonDocuments.parse(json);
		return (root != null && root.isContainer()) ? (long) root.size() : null;
	}

	/**
	 * {@code JSON_KEYS(json, keypath...)}: the keys of the map the keypath leads to, as a JSON array.
	 * @return the keys, or {@code null} when the JSON is invalid or the keypath does not lead to a map
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-keys/">
	 * JSON_KEYS</a>
	 */
	public static @Nullable String jsonKeys(@Nullable String json, Value... keyPath) {
		JsonNode node = find(json, keyPath);
		if (node == null || !node.isObject()) {
			return null;
		}
		ArrayNode keys = JsonDocuments.nodes().arrayNode();
		node.propertyNames().stream().sorted().forEach(keys::add);
		return JsonDocuments.write(keys);
	}

	/**
	 * {@code JSON_BUILD_OBJECT(key, value, ...)}: keys become strings, values are converted as {@code TO_JSON}
	 * converts them; a repeated key keeps its last value.
	 * @throws SQLException when the number of arguments is odd
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-build-object/">
	 * JSON_BUILD_OBJECT</a>
	 */
	public static String jsonBuildObject(Value... keysAndValues) throws SQLException {
		if (keysAndValues.length % 2 != 0) {
			throw SingleStoreErrors.wrongParameterCount("JSON_BUILD_OBJECT");
		}
		ObjectNode object = JsonDocuments.nodes().objectNode();
		for (int index = 0; index < keysAndValues.length; index += 2) {
			String key = String.valueOf(SqlArguments.text(keysAndValues[index]));
			object.set(key, JsonValues.of(keysAndValues[index + 1]));
		}
		return JsonDocuments.write(object);
	}

	/**
	 * {@code JSON_BUILD_ARRAY(value, ...)}: the values converted as {@code TO_JSON} converts them.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-build-array/">
	 * JSON_BUILD_ARRAY</a>
	 */
	public static String jsonBuildArray(Value... values) {
		ArrayNode array = JsonDocuments.nodes().arrayNode();
		for (Value value : values) {
			array.add(JsonValues.of(value));
		}
		return JsonDocuments.write(array);
	}

	/**
	 * {@code JSON_GET_TYPE(json)}: {@code boolean}, {@code double}, {@code string}, {@code array}, {@code object} or
	 * {@code null}.
	 * @return the type, or {@code null} when the JSON is invalid
	 * @see <a href="https://docs.singlestore.com/db/v7.8/reference/sql-reference/json-functions/json-get-type/">
	 * JSON_GET_TYPE</a>
	 */
	public static @Nullable String jsonGetType(@Nullable String json) {
		JsonNode root = JsonDocuments.parse(json);
		if (root == null) {
			return null;
		}
		return switch (root.getNodeType()) {
			case BOOLEAN -> "boolean";
			case NUMBER -> "double";
			case STRING -> "string";
			case ARRAY -> "array";
			case OBJECT -> "object";
			default -> "null";
		};
	}

	/**
	 * {@code TO_JSON(value)} for scalar values: numbers, booleans, strings and {@code NULL} as JSON.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/to-json/">TO_JSON</a>
	 */
	public static String toJson(@Nullable Value value) {
		return JsonDocuments.write(JsonValues.of(value));
	}

	private static @Nullable JsonNode find(@Nullable String json, Value[] keyPath) {
		JsonNode root = JsonDocuments.parse(json);
		JsonKeyPath path = JsonKeyPath.of(keyPath, 0, keyPath.length);
		return (root != null && path != null) ? path.find(root) : null;
	}

	private static <T> @Nullable T extract(@Nullable String json, Value[] keyPath, Function<JsonNode, T> conversion) {
		JsonNode node = find(json, keyPath);
		return (node != null && !node.isNull()) ? conversion.apply(node) : null;
	}

	private static BigDecimal number(JsonNode node) {
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		return BigDecimal.ZERO;
	}

	private static @Nullable String set(String function, @Nullable String json, Value[] keyPathAndValue,
			Function<Value, @Nullable JsonNode> conversion) throws SQLException {
		if (keyPathAndValue.length < 2) {
			throw SingleStoreErrors.wrongParameterCount(function);
		}
		JsonNode root = JsonDocuments.parse(json);
		JsonKeyPath path = JsonKeyPath.of(keyPathAndValue, 0, keyPathAndValue.length - 1);
		Value argument = keyPathAndValue[keyPathAndValue.length - 1];
		JsonNode value = SqlArguments.isNull(argument) ? JsonDocuments.nodes().nullNode() : conversion.apply(argument);
		if (root == null || !root.isContainer() || path == null || value == null) {
			return null;
		}
		path.set(root, value);
		return JsonDocuments.write(root);
	}

	private static @Nullable String applyMask(@Nullable String json, @Nullable String mask, String function,
			BinaryOperator<JsonNode> masking) throws SQLException {
		JsonNode parsedMask = JsonDocuments.parse(mask);
		if (mask != null && (parsedMask == null || !parsedMask.isObject())) {
			throw SingleStoreErrors.unknown("The mask of " + function + " is not a valid JSON object");
		}
		JsonNode document = JsonDocuments.parse(json);
		return (document != null && document.isObject() && parsedMask != null)
				? JsonDocuments.write(masking.apply(document, parsedMask)) : null;
	}

	private static @Nullable String splice(@Nullable String json, @Nullable Long start, @Nullable Long length,
			Value[] values, Function<Value, @Nullable JsonNode> conversion) {
		JsonNode root = JsonDocuments.parse(json);
		if (!(root instanceof ArrayNode array) || start == null || length == null) {
			return null;
		}
		int from = (int) Math.min(array.size(), Math.max(0, (start < 0) ? array.size() + start : start));
		for (long removed = 0; removed < length && from < array.size(); removed++) {
			array.remove(from);
		}
		for (int index = 0; index < values.length; index++) {
			JsonNode element = SqlArguments.isNull(values[index]) ? JsonDocuments.nodes().nullNode()
					: conversion.apply(values[index]);
			if (element == null) {
				return null;
			}
			array.insert(from + index, element);
		}
		return JsonDocuments.write(array);
	}

	private static @Nullable String push(@Nullable String json, JsonNode element) {
		JsonNode root = JsonDocuments.parse(json);
		if (!(root instanceof ArrayNode array)) {
			return null;
		}
		array.add(element);
		return JsonDocuments.write(array);
	}

	private static @Nullable Long contains(@Nullable String json, Predicate<JsonNode> matches) {
		if (json == null) {
			return null;
		}
		JsonNode root = JsonDocuments.parse(json);
		if (root == null) {
			return 0L;
		}
		if (!root.isArray()) {
			return null;
		}
		for (JsonNode element : root) {
			if (matches.test(element)) {
				return 1L;
			}
		}
		return 0L;
	}

}
