package io.github.singlestorehttp.local.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

/**
 * Sends complete (not streamed) responses.
 */
final class Responses {

	private static final String TEXT = "text/plain; charset=utf-8";

	private static final String JSON = "application/json";

	private Responses() {
	}

	static void text(HttpExchange exchange, int status, String text) throws IOException {
		send(exchange, status, TEXT, text.getBytes(StandardCharsets.UTF_8));
	}

	static void json(HttpExchange exchange, byte[] body) throws IOException {
		send(exchange, 200, JSON, body);
	}

	static void startJsonStream(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", JSON);
		exchange.sendResponseHeaders(200, 0);
	}

	static void empty(HttpExchange exchange, int status) throws IOException {
		exchange.sendResponseHeaders(status, -1);
	}

	private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, (body.length > 0) ? body.length : -1);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
