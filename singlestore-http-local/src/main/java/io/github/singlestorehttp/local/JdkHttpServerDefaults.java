package io.github.singlestorehttp.local;

/**
 * Defaults for the system properties of the JDK's HTTP server, which it reads once per JVM, when the first server is
 * created. A property already set, on the command line or by the application, is left alone.
 * <ul>
 * <li>{@value #NO_DELAY} {@code true}: without TCP_NODELAY, a response written as headers then body waits for the
 * client's delayed ACK.</li>
 * <li>{@value #MAX_REQUEST_TIME} {@value #MAX_REQUEST_SECONDS} seconds: the time a client has to send a request's
 * headers and body, after which its connection is closed. The JDK server reads a request's line and headers on an
 * executor thread, before any handler runs, and has no separate limit for them; without this one, a client that
 * sends part of a request and keeps the connection open holds that thread forever. A 1 MiB body at 100 kB/s fits.</li>
 * <li>{@value #MAX_CONNECTIONS} {@value #MAX_CONNECTIONS_DEFAULT}: the connections kept open at the same time; more
 * are closed as they are accepted. Each request being read or served takes a thread, so this also bounds the number
 * of threads clients can make the server start.</li>
 * </ul>
 * {@code sun.net.httpserver.maxRspTime} stays unset: it would limit the time from the end of the request to the end
 * of the response, so it would cut off long-running statements and large streamed results.
 */
final class JdkHttpServerDefaults {

	static final String NO_DELAY = "sun.net.httpserver.nodelay";

	static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";

	static final String MAX_REQUEST_SECONDS = "10";

	static final String MAX_CONNECTIONS = "sun.net.httpserver.maxConnections";

	static final String MAX_CONNECTIONS_DEFAULT = "1000";

	private JdkHttpServerDefaults() {
	}

	/**
	 * Sets the properties that are not set yet. Call before creating an HTTP server.
	 */
	static void apply() {
		setUnlessSet(NO_DELAY, "true");
		setUnlessSet(MAX_REQUEST_TIME, MAX_REQUEST_SECONDS);
		setUnlessSet(MAX_CONNECTIONS, MAX_CONNECTIONS_DEFAULT);
	}

	private static void setUnlessSet(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

}
