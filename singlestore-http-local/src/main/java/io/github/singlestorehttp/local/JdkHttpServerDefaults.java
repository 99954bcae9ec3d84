package io.github.singlestorehttp.local;

/**
 * Defaults for the system properties of the JDK's HTTP server, which it reads once per JVM, when the first server is
 * created. A property already set, on the command line or by the application, is left alone.
 * <ul>
 * <li>{@value #NO_DELAY} {@code true}: without TCP_NODELAY, a response written as headers then body waits for the
 * client's delayed ACK.</li>
 * <li>{@value #MAX_REQUEST_TIME} {@value #MAX_REQUEST_SECONDS} seconds: the time a client has to send a request's
 * headers and body. Without a limit, a client that sends part of a request and keeps the connection open holds a
 * worker thread forever, and as many of them as there are workers stop the server answering anyone.</li>
 * </ul>
 * {@code sun.net.httpserver.maxRspTime} stays unset: it would limit the time from the end of the request to the end
 * of the response, so it would cut off long-running statements and large streamed results.
 */
final class JdkHttpServerDefaults {

	static final String NO_DELAY = "sun.net.httpserver.nodelay";

	static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";

	static final String MAX_REQUEST_SECONDS = "60";

	private JdkHttpServerDefaults() {
	}

	/**
	 * Sets the properties that are not set yet. Call before creating an HTTP server.
	 */
	static void apply() {
		setUnlessSet(NO_DELAY, "true");
		setUnlessSet(MAX_REQUEST_TIME, MAX_REQUEST_SECONDS);
	}

	private static void setUnlessSet(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

}
