package io.github.singlestorehttp.local.http;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The paths the server answers, with their method and whether they need credentials.
 */
enum Endpoint {

	PING("GET", false, "/ping"),

	EXEC("POST", true, "/api/v2/exec", "/api/v1/exec"),

	QUERY_ROWS("POST", true, "/api/v2/query/rows", "/api/v1/query/rows"),

	QUERY_TUPLES("POST", true, "/api/v2/query/tuples", "/api/v1/query/tuples"),

	SPEC("GET", true, "/api/v2/spec", "/api/v1/spec"),

	JWKS_SETUP("POST", true, "/api/v2/jwks_setup");

	private final String method;

	private final boolean authenticated;

	private final List<String> paths;

	Endpoint(String method, boolean authenticated, String... paths) {
		this.method = method;
		this.authenticated = authenticated;
		this.paths = List.of(paths);
	}

	static Optional<Endpoint> forPath(String path) {
		return Arrays.stream(values()).filter((endpoint) -> endpoint.paths.contains(path)).findFirst();
	}

	String method() {
		return this.method;
	}

	boolean authenticated() {
		return this.authenticated;
	}

}
