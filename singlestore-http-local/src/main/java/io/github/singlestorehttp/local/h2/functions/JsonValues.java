package io.github.singlestorehttp.local.h2.functions;

import java.math.BigDecimal;

import org.h2.value.DataType;
import org.h2.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Converts SQL values to JSON values as SingleStore's {@code TO_JSON} does for scalars: numbers stay numbers,
 * booleans become {@code true}/{@code false}, SQL {@code NULL} becomes JSON {@code null} and everything else a JSON
 * string. Text holding JSON (SingleStore's JSON type is text here) becomes a JSON string too.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/to-json/">TO_JSON</a>
 */
final class JsonValues {

	private JsonValues() {
	}

	static JsonNode of(@Nullable Value value) {
		if (SqlArguments.isNull(value)) {
			return JsonDocuments.nodes().nullNode();
		}
		if (value.getValueType() == Value.BOOLEAN) {
			return JsonDocuments.nodes().booleanNode(value.getBoolean());
		}
		if (DataType.isNumericType(value.getValueType())) {
			return JsonDocuments.number(value.getBigDecimal());
		}
		return JsonDocuments.nodes().stringNode(value.getString());
	}

	static JsonNode of(@Nullable Object value) {
		if (value == null) {
			return JsonDocuments.nodes().nullNode();
		}
		if (value instanceof Boolean bool) {
			return JsonDocuments.nodes().booleanNode(bool);
		}
		if (value instanceof Number number) {
			return JsonDocuments.number(new BigDecimal(number.toString()));
		}
		return JsonDocuments.nodes().stringNode(value.toString());
	}

}
