package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;

/**
 * The errors SingleStore reports for bad function arguments, with MySQL error numbers and SQLSTATEs. H2 passes a
 * {@link SQLException} thrown by a user-defined function on to the caller unchanged.
 */
final class SingleStoreErrors {

	private static final int WRONG_ARGUMENTS = 1210;

	private static final int UNKNOWN_ERROR = 1105;

	private static final int WRONG_PARAMETER_COUNT = 1582;

	private SingleStoreErrors() {
	}

	/** MySQL's {@code ER_WRONG_ARGUMENTS}: {@code Incorrect arguments to NAME}. */
	static SQLException incorrectArguments(String function) {
		return new SQLException("Incorrect arguments to " + function, "HY000", WRONG_ARGUMENTS);
	}

	/** MySQL's {@code ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT}. */
	static SQLException wrongParameterCount(String function) {
		return new SQLException("Incorrect parameter count in the call to native function '" + function + "'",
				"42000", WRONG_PARAMETER_COUNT);
	}

	/** A SingleStore error without a dedicated MySQL number ({@code ER_UNKNOWN_ERROR}). */
	static SQLException unknown(String message) {
		return new SQLException(message, "HY000", UNKNOWN_ERROR);
	}

}
