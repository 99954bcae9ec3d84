package io.github.singlestorehttp.local.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/**
 * Permissive CORS, so browser pages can call the server directly as they can call the real Data API.
 */
final class Cors {

	private static final String DEFAULT_ALLOWED_HEADERS = "Authorization, Content-Type, Accept";

	private static final String MAX_AGE_SECONDS = "86400";

	private Cors() {
	}

	/**
	 * Allows the calling origin to read the response.
	 * @param exchange the exchange
	 */
	static void allowOrigin(HttpExchange exchange) {
		String origin = exchange.getRequestHeaders().getFirst("Origin");
		Headers headers = exchange.getResponseHeaders();
		headers.set("Access-Control-Allow-Origin", (origin != null) ? origin : "*");
		headers.set("Vary", "Origin");
	}

	/**
	 * Adds the headers that answer a preflight request.
	 * @param exchange the {@code OPTIONS} exchange
	 * @param method the method the endpoint accepts
	 */
	static void allowPreflight(HttpExchange exchange, String method) {
		String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers");
		Headers headers = exchange.getResponseHeaders();
		headers.set("Access-Control-Allow-Methods", method + ", OPTIONS");
		headers.set("Access-Control-Allow-Headers", (requested != null) ? requested : DEFAULT_ALLOWED_HEADERS);
		headers.set("Access-Control-Max-Age", MAX_AGE_SECONDS);
	}

}
