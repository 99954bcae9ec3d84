package io.github.singlestorehttp.client.codec;

/**
 * The {@code error} member of a 200 response: the server failed after it had started to stream results.
 *
 * @param code the MySQL error code
 * @param message the server's message
 */
public record StreamedError(int code, String message) {
}
