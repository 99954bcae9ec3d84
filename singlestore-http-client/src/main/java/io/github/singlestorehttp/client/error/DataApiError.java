package io.github.singlestorehttp.client.error;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * An error reported by the Data API.
 *
 * @param httpStatus the HTTP status of the response
 * @param errorCode the MySQL error number from an {@code Error NNNN: message} body, or {@code null}
 * when the body did not carry one
 * @param sqlState the SQLSTATE from an {@code Error NNNN (SSSSS): message} body, or {@code null}
 * @param message the server's message, or a description of the status when the body was empty
 * @param retryAfter how long the server asked the client to wait ({@code Retry-After}), or {@code null}
 */
public record DataApiError(int httpStatus, @Nullable Integer errorCode, @Nullable String sqlState, String message,
		@Nullable Duration retryAfter) {
}
