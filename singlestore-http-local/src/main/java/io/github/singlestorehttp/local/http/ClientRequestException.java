package io.github.singlestorehttp.local.http;

/**
 * A request the server refuses before running any SQL, answered with a 4xx status and a plain-text message.
 */
final class ClientRequestException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;

	ClientRequestException(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
