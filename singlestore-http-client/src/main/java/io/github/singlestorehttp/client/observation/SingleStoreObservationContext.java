package io.github.singlestorehttp.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What an observation of one statement knows: the operation, the database, the SQL (as written, without
 * argument values), and once it ended the number of attempts, rows and the error code.
 */
public class SingleStoreObservationContext extends Observation.Context {

	private final String operation;

	private final @Nullable String database;

	private final String sql;

	private int attempts;

	private long rowCount;

	private @Nullable Integer errorCode;

	/**
	 * Create a context.
	 * @param operation the operation: {@code exec}, {@code query} or {@code batch}
	 * @param database the database, or {@code null} for none
	 * @param sql the SQL as written, with placeholders
	 */
	public SingleStoreObservationContext(String operation, @Nullable String database, String sql) {
		this.operation = operation;
		this.database = database;
		this.sql = sql;
	}

	/**
	 * The operation.
	 * @return {@code exec}, {@code query} or {@code batch}
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * The database.
	 * @return the database, or {@code null} for none
	 */
	public @Nullable String getDatabase() {
		return this.database;
	}

	/**
	 * The SQL as written, with placeholders and without argument values.
	 * @return the SQL
	 */
	public String getSql() {
		return this.sql;
	}

	/**
	 * The number of attempts made so far.
	 * @return the attempts
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * Count an attempt.
	 */
	public void recordAttempt() {
		this.attempts++;
	}

	/**
	 * The rows returned by a query or affected by a statement.
	 * @return the row count
	 */
	public long getRowCount() {
		return this.rowCount;
	}

	/**
	 * Set the rows returned or affected.
	 * @param rowCount the row count
	 */
	public void setRowCount(long rowCount) {
		this.rowCount = rowCount;
	}

	/**
	 * The MySQL error code of a failed statement.
	 * @return the code, or {@code null} when the statement succeeded or failed without one
	 */
	public @Nullable Integer getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Set the MySQL error code of a failed statement.
	 * @param errorCode the code
	 */
	public void setErrorCode(@Nullable Integer errorCode) {
		this.errorCode = errorCode;
	}

}
