package io.github.singlestorehttp.client.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default convention: observation {@code singlestore.client.operations} with low-cardinality
 * keys {@code singlestore.operation}, {@code db.name}, {@code outcome} and {@code error.code}, and
 * high-cardinality {@code singlestore.attempts} and, only when enabled, {@code db.statement} (the SQL
 * with placeholders; argument values are never recorded).
 */
public class DefaultSingleStoreObservationConvention implements SingleStoreObservationConvention {

	/** The observation name. */
	public static final String NAME = "singlestore.client.operations";

	private static final String NONE = "none";

	private final boolean includeSql;

	/**
	 * Create a convention that leaves the SQL out.
	 */
	public DefaultSingleStoreObservationConvention() {
		this(false);
	}

	/**
	 * Create a convention.
	 * @param includeSql whether to record the SQL (with placeholders) as {@code db.statement}
	 */
	public DefaultSingleStoreObservationConvention(boolean includeSql) {
		this.includeSql = includeSql;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(SingleStoreObservationContext context) {
		return "singlestore " + context.getOperation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(SingleStoreObservationContext context) {
		String database = (context.getDatabase() != null) ? context.getDatabase() : NONE;
		String outcome = (context.getError() != null) ? "ERROR" : "SUCCESS";
		String errorCode = (context.getErrorCode() != null) ? context.getErrorCode().toString() : NONE;
		return KeyValues.of(KeyValue.of("singlestore.operation", context.getOperation()),
				KeyValue.of("db.name", database), KeyValue.of("outcome", outcome), KeyValue.of("error.code", errorCode));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(SingleStoreObservationContext context) {
		KeyValues values = KeyValues.of(KeyValue.of("singlestore.attempts", Integer.toString(context.getAttempts())));
		return this.includeSql ? values.and(KeyValue.of("db.statement", context.getSql())) : values;
	}

}
