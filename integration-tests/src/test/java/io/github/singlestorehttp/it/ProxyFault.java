package io.github.singlestorehttp.it;

/**
 * A network fault that {@link FaultInjectingProxy} injects into one HTTP exchange.
 */
enum ProxyFault {

	/**
	 * Close the connection without forwarding the request, and stop listening for a short pause so that new
	 * connections are refused: the request never reached the server, and the client's next connection attempts fail
	 * to connect.
	 */
	REFUSE_CONNECTIONS(false),

	/** Close the connection without forwarding the request: the request never reached the server. */
	DROP_REQUEST(false),

	/**
	 * Forward the request, then close the connection as soon as the response starts, relaying none of it: the server
	 * ran the request and the client never hears back.
	 */
	DROP_RESPONSE(true),

	/**
	 * Forward the request, relay the response's head and part of its body, then close the connection: the server ran
	 * the request and the client reads a truncated body.
	 */
	CUT_RESPONSE(true);

	private final boolean reachesServer;

	ProxyFault(boolean reachesServer) {
		this.reachesServer = reachesServer;
	}

	/**
	 * Whether the server receives (and runs) the request of an exchange with this fault.
	 * @return {@code true} when the request is forwarded before the connection is closed
	 */
	boolean reachesServer() {
		return this.reachesServer;
	}

}
