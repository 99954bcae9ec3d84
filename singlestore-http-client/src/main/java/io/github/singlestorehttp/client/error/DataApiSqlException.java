package io.github.singlestorehttp.client.error;

import java.io.Serial;
import java.sql.SQLException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The error behind a translated {@code DataAccessException}: the cause of the exceptions the template
 * throws for error responses, carrying the endpoint, the HTTP status, the MySQL error code and SQLSTATE
 * (when the server sent them) and the {@code Retry-After} delay.
 */
public class DataApiSqlException extends SQLException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String endpoint;

	private final int httpStatus;

	private final @Nullable Duration retryAfter;

	/**
	 * Create an exception.
	 * @param endpoint the endpoint called, for example {@code POST /api/v2/exec}
	 * @param error the error the server reported
	 * @param message the message, with argument values redacted
	 */
	public DataApiSqlException(String endpoint, DataApiError error, String message) {
		super(message, error.sqlState(), (error.errorCode() != null) ? error.errorCode() : 0);
		this.endpoint = endpoint;
		this.httpStatus = error.httpStatus();
		this.retryAfter = error.retryAfter();
	}

	/**
	 * The endpoint that reported the error.
	 * @return the method and path, for example {@code POST /api/v2/exec}
	 */
	public String getEndpoint() {
		return this.endpoint;
	}

	/**
	 * The HTTP status of the error response ({@code 200} for errors reported mid-stream).
	 * @return the status
	 */
	public int getHttpStatus() {
		return this.httpStatus;
	}

	/**
	 * How long the server asked the client to wait before trying again.
	 * @return the delay from the {@code Retry-After} header, or {@code null}
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

}
