package io.github.singlestorehttp.local.dialect;

/**
 * A statement that SingleStore would refuse, or that the local server cannot emulate, with the MySQL error number,
 * SQLSTATE and message SingleStore would answer with.
 */
public final class DialectException extends Exception {

	private static final long serialVersionUID = 1L;

	/** SingleStore's error number for a feature it does not support, {@code ER_MEMSQL_FEATURE_LOCKDOWN}. */
	public static final int FEATURE_NOT_SUPPORTED = 1706;

	private final int code;

	private final String sqlState;

	/**
	 * Creates an exception.
	 * @param code the MySQL error number
	 * @param sqlState the SQLSTATE
	 * @param message the message
	 */
	public DialectException(int code, String sqlState, String message) {
		super(message, null, false, false);
		this.code = code;
		this.sqlState = sqlState;
	}

	/**
	 * Error 1064 for text SingleStore cannot read.
	 * @param near the text near the problem
	 * @return the exception
	 */
	public static DialectException syntax(String near) {
		return new DialectException(1064, "42000",
				"You have an error in your SQL syntax; check the manual that corresponds to your SingleStore "
						+ "server version for the right syntax to use near '" + near + "'");
	}

	/**
	 * Error 1706 for a statement or feature the local server does not emulate.
	 * @param feature the feature, such as {@code CREATE PIPELINE}
	 * @return the exception
	 */
	public static DialectException notSupported(String feature) {
		return new DialectException(FEATURE_NOT_SUPPORTED, "HY000", "Feature '" + feature
				+ "' is not supported by the local Data API server; run this statement against SingleStore");
	}

	/**
	 * The MySQL error number.
	 * @return the number
	 */
	public int code() {
		return this.code;
	}

	/**
	 * The SQLSTATE.
	 * @return the SQLSTATE
	 */
	public String sqlState() {
		return this.sqlState;
	}

}
