package io.github.singlestorehttp.local.result;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON column as a parsed JSON value, so it is embedded in the response as-is.
 * <p>
 * MySQL parses text stored into a JSON column, while H2 stores text as a JSON <em>string</em>
 * ({@code '{"a":1}'} becomes {@code "{\"a\":1}"}). To answer as MySQL would, a stored JSON string whose content is
 * itself valid JSON is returned as that content.
 */
final class JsonColumnReader implements ValueReader {

	private final JsonMapper mapper;

	JsonColumnReader(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public @Nullable Object read(ResultSet resultSet, int column) throws SQLException {
		String text = resultSet.getString(column);
		if (text == null) {
			return null;
		}
		JsonNode value = this.mapper.readTree(text);
		return value.isString() ? parsedOrItself(value) : value;
	}

	private JsonNode parsedOrItself(JsonNode stringValue) {
		try {
			JsonNode parsed = this.mapper.readTree(stringValue.stringValue());
			return parsed.isMissingNode() ? stringValue : parsed;
		}
		catch (JacksonException notJson) {
			return stringValue;
		}
	}

}
