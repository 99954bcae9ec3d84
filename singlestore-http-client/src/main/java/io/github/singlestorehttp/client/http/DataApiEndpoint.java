package io.github.singlestorehttp.client.http;

/**
 * The Data API endpoints the client calls.
 */
enum DataApiEndpoint {

	/** Statements without a result set. */
	EXEC("POST", "/api/v2/exec"),

	/** Queries, with column types. */
	QUERY_TUPLES("POST", "/api/v2/query/tuples"),

	/** Liveness check, without authentication. */
	PING("GET", "/ping");

	private final String method;

	private final String path;

	DataApiEndpoint(String method, String path) {
		this.method = method;
		this.path = path;
	}

	/**
	 * The path below the base URL.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * The HTTP method.
	 * @return the method
	 */
	public String method() {
		return this.method;
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
