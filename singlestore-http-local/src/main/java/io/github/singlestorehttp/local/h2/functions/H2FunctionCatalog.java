package io.github.singlestorehttp.local.h2.functions;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SingleStore functions emulated in H2. Each is registered as a user-defined function named after the
 * SingleStore function prefixed with {@code SS_}, so that {@code JSON_LENGTH(x)} rewritten to {@code SS_JSON_LENGTH(x)}
 * calls {@link JsonFunctions#jsonLength}.
 */
public final class H2FunctionCatalog {

	/** The prefix of the H2 names of the emulated functions. */
	public static final String PREFIX = "SS_";

	private static final List<Function> FUNCTIONS = List.of(
			Function.of("JSON_EXTRACT_STRING", JsonFunctions.class, "jsonExtractString"),
			Function.of("JSON_EXTRACT_JSON", JsonFunctions.class, "jsonExtractJson"),
			Function.of("JSON_EXTRACT_BIGINT", JsonFunctions.class, "jsonExtractBigint"),
			Function.of("JSON_EXTRACT_DOUBLE", JsonFunctions.class, "jsonExtractDouble"),
			Function.of("JSON_SET_STRING", JsonFunctions.class, "jsonSetString"),
			Function.of("JSON_SET_DOUBLE", JsonFunctions.class, "jsonSetDouble"),
			Function.of("JSON_SET_JSON", JsonFunctions.class, "jsonSetJson"),
			Function.of("JSON_DELETE_KEY", JsonFunctions.class, "jsonDeleteKey"),
			Function.of("JSON_ARRAY_PUSH_STRING", JsonFunctions.class, "jsonArrayPushString"),
			Function.of("JSON_ARRAY_PUSH_DOUBLE", JsonFunctions.class, "jsonArrayPushDouble"),
			Function.of("JSON_ARRAY_PUSH_JSON", JsonFunctions.class, "jsonArrayPushJson"),
			Function.of("JSON_ARRAY_CONTAINS_STRING", JsonFunctions.class, "jsonArrayContainsString"),
			Function.of("JSON_ARRAY_CONTAINS_DOUBLE", JsonFunctions.class, "jsonArrayContainsDouble"),
			Function.of("JSON_ARRAY_CONTAINS_JSON", JsonFunctions.class, "jsonArrayContainsJson"),
			Function.of("JSON_LENGTH", JsonFunctions.class, "jsonLength"),
			Function.of("JSON_KEYS", JsonFunctions.class, "jsonKeys"),
			Function.of("JSON_BUILD_OBJECT", JsonFunctions.class, "jsonBuildObject"),
			Function.of("JSON_BUILD_ARRAY", JsonFunctions.class, "jsonBuildArray"),
			Function.of("JSON_GET_TYPE", JsonFunctions.class, "jsonGetType"),
			Function.of("TO_JSON", JsonFunctions.class, "toJson"),
			Function.aggregate("JSON_AGG", JsonAggAggregate.class));

	private H2FunctionCatalog() {
	}

	/**
	 * The names of the emulated SingleStore functions, upper case, without the {@value #PREFIX} prefix.
	 * @return the names, in registration order
	 */
	public static Set<String> names() {
		return FUNCTIONS.stream().map(Function::name).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * Registers every emulated function in a schema, keeping functions already registered.
	 * @param connection an H2 connection
	 * @param schema the exact (case-sensitive) name of an existing schema
	 * @throws SQLException when H2 refuses a registration
	 */
	public static void installIn(Connection connection, String schema) throws SQLException {
		String quotedSchema = '"' + schema.replace("\"", "\"\"") + '"';
		try (Statement statement = connection.createStatement()) {
			for (Function function : FUNCTIONS) {
				statement.execute(function.createStatement(quotedSchema));
			}
		}
	}

	/**
	 * One emulated function: its SingleStore name and the Java method or aggregate class that implements it.
	 */
	private record Function(String name, String implementation, boolean aggregate, boolean deterministic) {

		static Function of(String name, Class<?> type, String method) {
			return new Function(name, type.getName() + "." + method, false, true);
		}

		static Function volatileFunction(String name, Class<?> type, String method) {
			return new Function(name, type.getName() + "." + method, false, false);
		}

		static Function aggregate(String name, Class<?> type) {
			return new Function(name, type.getName(), true, false);
		}

		String createStatement(String quotedSchema) {
			String kind = this.aggregate ? "AGGREGATE" : "ALIAS";
			String determinism = this.deterministic ? " DETERMINISTIC" : "";
			return "CREATE " + kind + " IF NOT EXISTS " + quotedSchema + "." + PREFIX + this.name + determinism
					+ " FOR '" + this.implementation + "'";
		}

	}

}
