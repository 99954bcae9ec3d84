package io.github.singlestorehttp.local;

/**
 * A command line that cannot be understood; its message says what is wrong.
 */
final class CommandLineException extends Exception {

	private static final long serialVersionUID = 1L;

	CommandLineException(String message) {
		super(message, null, false, false);
	}

}
