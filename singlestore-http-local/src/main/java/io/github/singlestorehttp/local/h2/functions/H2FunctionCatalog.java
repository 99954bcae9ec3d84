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

	/**
	 * The H2 name of {@link VectorFunctions#cast}, which implements {@code value :> VECTOR(n, type)} as
	 * {@code SS_VECTOR_CAST(value, n, 'type')}.
	 */
	public static final String VECTOR_CAST = PREFIX + "VECTOR_CAST";

	/**
	 * The H2 name of {@link VectorFunctions#pack}, which gives string functions a {@code VECTOR} column's binary form
	 * as {@code SS_VECTOR_PACK(column, 'type')}.
	 */
	public static final String VECTOR_PACK = PREFIX + "VECTOR_PACK";

	/**
	 * The H2 name of {@link StringFunctions#binaryConcat}, {@code CONCAT} of a vector's binary form.
	 */
	public static final String BINARY_CONCAT = PREFIX + "BINARY_CONCAT";

	/**
	 * The H2 name of {@link TimeColumns#inRange}, which the domains of {@code TIME} columns call to check their range.
	 */
	public static final String TIME_IN_RANGE = PREFIX + "TIME_IN_RANGE";

	/**
	 * The H2 name of {@link TimeColumns#toTime}, which reads a value an {@code INSERT} stores into a {@code TIME}
	 * column.
	 */
	public static final String TO_TIME = PREFIX + "TO_TIME";

	/** The H2 name of {@link NumericFunctions#intDiv}, which implements {@code a DIV b} as {@code SS_INT_DIV(a, b)}. */
	public static final String INT_DIV = PREFIX + "INT_DIV";

	/**
	 * The H2 name of {@link DateFunctions#extractComposite}, which implements {@code EXTRACT(YEAR_MONTH FROM d)} and
	 * the other composite units as {@code SS_EXTRACT_COMPOSITE('YEAR_MONTH', d)}.
	 */
	public static final String EXTRACT_COMPOSITE = PREFIX + "EXTRACT_COMPOSITE";

	/**
	 * The H2 name of {@link FullTextFunctions#matchAgainst}, which implements
	 * {@code MATCH (columns) AGAINST (query)} as {@code SS_MATCH_AGAINST(query, columns...)}.
	 */
	public static final String MATCH_AGAINST = PREFIX + "MATCH_AGAINST";

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
			Function.of("JSON_SPLICE_STRING", JsonFunctions.class, "jsonSpliceString"),
			Function.of("JSON_SPLICE_DOUBLE", JsonFunctions.class, "jsonSpliceDouble"),
			Function.of("JSON_SPLICE_JSON", JsonFunctions.class, "jsonSpliceJson"),
			Function.of("JSON_INCLUDE_MASK", JsonFunctions.class, "jsonIncludeMask"),
			Function.of("JSON_EXCLUDE_MASK", JsonFunctions.class, "jsonExcludeMask"),
			Function.of("JSON_LENGTH", JsonFunctions.class, "jsonLength"),
			Function.of("JSON_KEYS", JsonFunctions.class, "jsonKeys"),
			Function.of("JSON_BUILD_OBJECT", JsonFunctions.class, "jsonBuildObject"),
			Function.of("JSON_BUILD_ARRAY", JsonFunctions.class, "jsonBuildArray"),
			Function.of("JSON_GET_TYPE", JsonFunctions.class, "jsonGetType"),
			Function.of("TO_JSON", JsonFunctions.class, "toJson"),
			Function.aggregate("JSON_AGG", JsonAggAggregate.class),
			Function.of("DOT_PRODUCT", VectorFunctions.class, "dotProduct"),
			Function.of("EUCLIDEAN_DISTANCE", VectorFunctions.class, "euclideanDistance"),
			Function.of("JSON_ARRAY_PACK", VectorFunctions.class, "jsonArrayPack"),
			Function.of("JSON_ARRAY_UNPACK", VectorFunctions.class, "jsonArrayUnpack"),
			Function.of("VECTOR_NUM_ELEMENTS", VectorFunctions.class, "vectorNumElements"),
			Function.of("VECTOR_ELEMENTS_SUM", VectorFunctions.class, "vectorElementsSum"),
			Function.of("VECTOR_ADD", VectorFunctions.class, "vectorAdd"),
			Function.of("VECTOR_SUB", VectorFunctions.class, "vectorSub"),
			Function.of("VECTOR_MUL", VectorFunctions.class, "vectorMul"),
			Function.of("SCALAR_VECTOR_MUL", VectorFunctions.class, "scalarVectorMul"),
			Function.of("VECTOR_KTH_ELEMENT", VectorFunctions.class, "vectorKthElement"),
			Function.of("VECTOR_SORT", VectorFunctions.class, "vectorSort"),
			Function.of("VECTOR_SUBVECTOR", VectorFunctions.class, "vectorSubvector"),
			Function.aggregate("VECTOR_SUM", VectorSumAggregate.class),
			Function.helper(VECTOR_CAST, VectorFunctions.class, "cast"),
			Function.helper(VECTOR_PACK, VectorFunctions.class, "pack"),
			Function.helper(BINARY_CONCAT, StringFunctions.class, "binaryConcat"),
			Function.of("HEX", StringFunctions.class, "hex"),
			Function.of("UNHEX", StringFunctions.class, "unhex"),
			Function.of("FIND_IN_SET", StringFunctions.class, "findInSet"),
			Function.of("REVERSE", StringFunctions.class, "reverse"),
			Function.of("SUBSTRING_INDEX", StringFunctions.class, "substringIndex"),
			Function.of("FORMAT", StringFunctions.class, "format"),
			Function.of("MD5", StringFunctions.class, "md5"),
			Function.of("SHA1", StringFunctions.class, "sha1"),
			Function.of("SHA2", StringFunctions.class, "sha2"),
			Function.of("STRCMP", StringFunctions.class, "strcmp"),
			Function.of("ELT", StringFunctions.class, "elt"),
			Function.of("FIELD", StringFunctions.class, "field"),
			Function.of("BIN", StringFunctions.class, "bin"),
			Function.of("CONV", NumericFunctions.class, "conv"),
			Function.of("REGEXP_INSTR", StringFunctions.class, "regexpInstr"),
			Function.of("REGEXP_REPLACE", StringFunctions.class, "regexpReplace"),
			Function.of("INITCAP", StringFunctions.class, "initcap"),
			Function.of("QUOTE", StringFunctions.class, "quote"),
			Function.of("DATE_FORMAT", DateFunctions.class, "dateFormat"),
			Function.of("TIME_FORMAT", DateFunctions.class, "timeFormat"),
			Function.of("STR_TO_DATE", DateFunctions.class, "strToDate"),
			Function.of("DATE_ADD", DateFunctions.class, "dateAdd"),
			Function.of("ADDDATE", DateFunctions.class, "dateAdd"),
			Function.of("DATE_SUB", DateFunctions.class, "dateSub"),
			Function.of("SUBDATE", DateFunctions.class, "dateSub"),
			Function.of("DATEDIFF", DateFunctions.class, "datediff"),
			Function.of("WEEKDAY", DateFunctions.class, "weekday"),
			Function.of("HOUR", DateFunctions.class, "hour"),
			Function.of("MINUTE", DateFunctions.class, "minute"),
			Function.of("SECOND", DateFunctions.class, "second"),
			Function.of("MICROSECOND", DateFunctions.class, "microsecond"),
			Function.of("TIME", DateFunctions.class, "time"),
			Function.of("SEC_TO_TIME", DateFunctions.class, "secToTime"),
			Function.of("TIME_TO_SEC", DateFunctions.class, "timeToSec"),
			Function.of("TO_DAYS", DateFunctions.class, "toDays"),
			Function.of("MAKEDATE", DateFunctions.class, "makedate"),
			Function.of("TIMEDIFF", DateFunctions.class, "timediff"),
			Function.of("ADDTIME", DateFunctions.class, "addtime"),
			Function.of("YEARWEEK", DateFunctions.class, "yearweek"),
			Function.of("WEEKOFYEAR", DateFunctions.class, "weekofyear"),
			Function.of("DATE_TRUNC", DateFunctions.class, "dateTrunc"),
			Function.of("TIME_BUCKET", DateFunctions.class, "timeBucket"),
			Function.of("TO_CHAR", DateFunctions.class, "toChar"),
			Function.of("TO_DATE", DateFunctions.class, "toDate"),
			Function.of("TO_TIMESTAMP", DateFunctions.class, "toTimestamp"),
			Function.changing("UTC_TIMESTAMP", DateFunctions.class, "utcTimestamp"),
			Function.changing("SYSDATE", DateFunctions.class, "sysdate"),
			Function.of("POW", NumericFunctions.class, "pow"),
			Function.of("MOD", NumericFunctions.class, "mod"),
			Function.of("SQRT", NumericFunctions.class, "sqrt"),
			Function.of("LOG2", NumericFunctions.class, "log2"),
			Function.helper(TIME_IN_RANGE, TimeColumns.class, "inRange"),
			Function.helper(TO_TIME, TimeColumns.class, "toTime"),
			Function.helper(INT_DIV, NumericFunctions.class, "intDiv"),
			Function.helper(EXTRACT_COMPOSITE, DateFunctions.class, "extractComposite"),
			Function.helper(MATCH_AGAINST, FullTextFunctions.class, "matchAgainst"));

	private H2FunctionCatalog() {
	}

	/**
	 * The names of the emulated SingleStore functions, upper case, without the {@value #PREFIX} prefix.
	 * @return the names, in registration order
	 */
	public static Set<String> names() {
		return FUNCTIONS.stream()
			.filter(Function::isSingleStoreFunction)
			.map(Function::name)
			.collect(Collectors.toCollection(LinkedHashSet::new));
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
	 * One registered function: its H2 name, the Java method or aggregate class that implements it, and whether it
	 * stands for a SingleStore function of the same name without the prefix or for an operator rewritten to a call.
	 */
	private record Function(String h2Name, String implementation, boolean aggregate, boolean deterministic,
			boolean isSingleStoreFunction) {

		static Function of(String name, Class<?> type, String method) {
			return new Function(PREFIX + name, type.getName() + "." + method, false, true, true);
		}

		/** A function whose result depends on the time it runs. */
		static Function changing(String name, Class<?> type, String method) {
			return new Function(PREFIX + name, type.getName() + "." + method, false, false, true);
		}

		static Function aggregate(String name, Class<?> type) {
			return new Function(PREFIX + name, type.getName(), true, false, true);
		}

		static Function helper(String h2Name, Class<?> type, String method) {
			return new Function(h2Name, type.getName() + "." + method, false, true, false);
		}

		String name() {
			return this.h2Name.substring(PREFIX.length());
		}

		String createStatement(String quotedSchema) {
			String kind = this.aggregate ? "AGGREGATE" : "ALIAS";
			String determinism = this.deterministic ? " DETERMINISTIC" : "";
			return "CREATE " + kind + " IF NOT EXISTS " + quotedSchema + "." + this.h2Name + determinism + " FOR '"
					+ this.implementation + "'";
		}

	}

}
