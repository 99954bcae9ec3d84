package io.github.singlestorehttp.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import io.github.singlestorehttp.local.LocalDataApiServer;

/**
 * Sends requests the template would never send (malformed, hostile, oversized) to a local Data API server with the
 * JDK's HTTP client, over HTTP/1.1 with the server's Basic credentials. Every request carries a timeout, so a server
 * that stops answering fails the test instead of hanging it, and at most a fixed number of requests are in flight at
 * once: {@link #send(HttpRequest)} waits for a free slot.
 */
final class RawDataApiClient {

	/** The media type of Data API request bodies. */
	static final String JSON = "application/json";

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String url;

	private final String authorization;

	private final Duration timeout;

	private final Semaphore slots;

	/**
	 * Create a client.
	 * @param server the server
	 * @param timeout the longest a request may take, from sending to the last byte of the response
	 * @param maxInFlight the most requests in flight at once
	 */
	RawDataApiClient(LocalDataApiServer server, Duration timeout, int maxInFlight) {
		this.url = server.url();
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((server.username() + ":" + server.password()).getBytes(StandardCharsets.UTF_8));
		this.timeout = timeout;
		this.slots = new Semaphore(maxInFlight);
	}

	/**
	 * Start a request to a path, with credentials and the timeout.
	 * @param path the path, such as {@code /api/v2/exec}
	 * @return the request builder
	 */
	HttpRequest.Builder request(String path) {
		return requestWithoutCredentials(path).header("Authorization", this.authorization);
	}

	/**
	 * Start a request to a path, with the timeout but no credentials.
	 * @param path the path, such as {@code /api/v2/exec}
	 * @return the request builder
	 */
	HttpRequest.Builder requestWithoutCredentials(String path) {
		return HttpRequest.newBuilder(URI.create(this.url + path)).timeout(this.timeout);
	}

	/**
	 * Post a body with a content type.
	 * @param path the path
	 * @param contentType the {@code Content-Type}
	 * @param body the body's bytes
	 * @return the response, completing exceptionally if the request failed or timed out
	 */
	CompletableFuture<HttpResponse<String>> post(String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/**
	 * Post a JSON body.
	 * @param path the path
	 * @param json the body, sent as UTF-8
	 * @return the response, completing exceptionally if the request failed or timed out
	 */
	CompletableFuture<HttpResponse<String>> postJson(String path, String json) {
		return post(path, JSON, json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Send a request once a slot is free.
	 * @param request the request
	 * @return the response, completing exceptionally if the request failed or timed out
	 */
	CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
		this.slots.acquireUninterruptibly();
		try {
			return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
				.whenComplete((response, failure) -> this.slots.release());
		}
		catch (RuntimeException ex) {
			this.slots.release();
			throw ex;
		}
	}

}
