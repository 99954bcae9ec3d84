package io.github.singlestorehttp.client.codec;

/**
 * Thrown by the decoders when a 200 response ends with an {@code error} member. Rows decoded before it
 * belong to a failed statement.
 */
public class StreamedErrorException extends RuntimeException {

	private final StreamedError error;

	/**
	 * Create an exception.
	 * @param error the error the server reported
	 */
	public StreamedErrorException(StreamedError error) {
		super("Error " + error.code() + ": " + error.message());
		this.error = error;
	}

	/**
	 * The error the server reported.
	 * @return the error
	 */
	public StreamedError error() {
		return this.error;
	}

}
