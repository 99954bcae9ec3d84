package io.github.singlestorehttp.local.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.singlestorehttp.local.sql.NumberBinding;
import io.github.singlestorehttp.local.sql.SqlRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a request body, {@code {"sql": "…", "args": […], "database": "…"}}. Unknown fields are ignored, as the real
 * server tolerates them; a missing or {@code null} {@code sql} becomes an empty statement (which the engine rejects
 * with error 1065); an empty {@code database} means none.
 */
final class SqlRequestParser {

	private final JsonMapper mapper;

	private final NumberBinding numberBinding;

	SqlRequestParser(JsonMapper mapper, NumberBinding numberBinding) {
		this.mapper = mapper;
		this.numberBinding = numberBinding;
	}

	SqlRequest parse(byte[] body) throws ClientRequestException {
		JsonNode root = readJson(body);
		if (!root.isObject()) {
			throw badRequest("The request body must be a JSON object with a \"sql\" field");
		}
		String sql = optionalString(root, "sql");
		String database = optionalString(root, "database");
		return new SqlRequest((sql != null) ? sql : "", arguments(root.get("args")),
				(database == null || database.isEmpty()) ? null : database);
	}

	private JsonNode readJson(byte[] body) throws ClientRequestException {
		try {
			return this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw badRequest("The request body is not valid JSON: " + ex.getOriginalMessage());
		}
	}

	private List<@Nullable Object> arguments(@Nullable JsonNode args) throws ClientRequestException {
		List<@Nullable Object> values = new ArrayList<>();
		if (args == null || args.isNull()) {
			return values;
		}
		if (!args.isArray()) {
			throw badRequest("Field \"args\" must be an array, not " + describe(args));
		}
		for (JsonNode arg : args.values()) {
			values.add(argument(arg, values.size()));
		}
		return values;
	}

	private @Nullable Object argument(JsonNode arg, int index) throws ClientRequestException {
		if (arg.isNull()) {
			return null;
		}
		if (arg.isString()) {
			return arg.stringValue();
		}
		if (arg.isBoolean()) {
			return arg.booleanValue();
		}
		if (arg.isNumber()) {
			try {
				return this.numberBinding.toArgument(arg.decimalValue());
			}
			catch (IllegalArgumentException ex) {
				throw badRequest("Argument " + index + ": " + ex.getMessage());
			}
		}
		throw badRequest("Argument " + index + " must be a string, number, boolean or null, not " + describe(arg)
				+ "; send JSON values as strings");
	}

	private static @Nullable String optionalString(JsonNode root, String field) throws ClientRequestException {
		JsonNode value = root.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw badRequest("Field \"" + field + "\" must be a string, not " + describe(value));
		}
		return value.stringValue();
	}

	private static String describe(JsonNode node) {
		return switch (node.getNodeType()) {
			case ARRAY -> "an array";
			case OBJECT -> "an object";
			case NUMBER -> "a number";
			case BOOLEAN -> "a boolean";
			default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
		};
	}

	private static ClientRequestException badRequest(String message) {
		return new ClientRequestException(400, message);
	}

}
