package io.github.singlestorehttp.local.sql;

/**
 * An engine error as the Data API reports it: a MySQL error number, a SQLSTATE and a message.
 */
public final class SqlError extends Exception {

	private static final long serialVersionUID = 1L;

	/** MySQL's catch-all error number, {@code ER_UNKNOWN_ERROR}. */
	public static final int UNKNOWN_ERROR = 1105;

	private final int code;

	private final String sqlState;

	/**
	 * Creates an error.
	 * @param code the MySQL error number
	 * @param sqlState the five-character SQLSTATE
	 * @param message the message, without the {@code Error NNNN} prefix
	 */
	public SqlError(int code, String sqlState, String message) {
		super(message, null, false, false);
		this.code = code;
		this.sqlState = sqlState;
	}

	/**
	 * Error 1065, sent for a missing, empty or comment-only statement.
	 * @return the error
	 */
	public static SqlError queryWasEmpty() {
		return new SqlError(1065, "42000", "Query was empty");
	}

	/**
	 * Error 1049, sent when the request names a database that does not exist.
	 * @param database the requested database
	 * @return the error
	 */
	public static SqlError unknownDatabase(String database) {
		return new SqlError(1049, "42000", "Unknown database '" + database + "'");
	}

	/**
	 * Error 1046, sent when a statement needs a database but the request named none.
	 * @return the error
	 */
	public static SqlError noDatabaseSelected() {
		return new SqlError(1046, "3D000", "No database selected");
	}

	/**
	 * Error 1436, sent when a statement nests so deeply that parsing or running it overflows the thread's stack.
	 * @return the error
	 */
	public static SqlError threadStackOverrun() {
		return new SqlError(1436, "HY000",
				"Thread stack overrun: the statement nests too deeply to be parsed or run; simplify it");
	}

	/**
	 * The MySQL error number.
	 * @return the error number
	 */
	public int code() {
		return this.code;
	}

	/**
	 * The SQLSTATE.
	 * @return the five-character SQLSTATE
	 */
	public String sqlState() {
		return this.sqlState;
	}

}
