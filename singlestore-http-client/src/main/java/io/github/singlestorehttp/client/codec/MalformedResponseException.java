package io.github.singlestorehttp.client.codec;

/**
 * Thrown by the decoders when a response body is not what the Data API promises: not JSON, truncated,
 * or of the wrong shape. The transport wraps it into a {@code DataAccessException} naming the endpoint.
 */
public class MalformedResponseException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message what is wrong with the response
	 * @param cause the parser's exception, if any
	 */
	public MalformedResponseException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Create an exception.
	 * @param message what is wrong with the response
	 */
	public MalformedResponseException(String message) {
		super(message);
	}

}
