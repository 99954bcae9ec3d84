package io.github.singlestorehttp.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal Data API client for tests, on the JDK's HTTP client.
 */
final class DataApiClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final String baseUrl;

	private final String authorization;

	private final @Nullable String database;

	DataApiClient(LocalDataApiServer server) {
		this(server, HttpClient.newHttpClient());
	}

	DataApiClient(LocalDataApiServer server, HttpClient client) {
		this(client, server.url(), basic(server.username(), server.password()), server.database());
	}

	private DataApiClient(HttpClient client, String baseUrl, String authorization, @Nullable String database) {
		this.client = client;
		this.baseUrl = baseUrl;
		this.authorization = authorization;
		this.database = database;
	}

	/**
	 * A client that sends requests without a {@code database}.
	 */
	DataApiClient withoutDatabase() {
		return new DataApiClient(this.client, this.baseUrl, this.authorization, null);
	}

	/**
	 * A client that sends requests for another database.
	 */
	DataApiClient withDatabase(String database) {
		return new DataApiClient(this.client, this.baseUrl, this.authorization, database);
	}

	static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> exec(String sql, Object... args) {
		return post("/api/v2/exec", body(sql, args));
	}

	HttpResponse<String> rows(String sql, Object... args) {
		return post("/api/v2/query/rows", body(sql, args));
	}

	HttpResponse<String> tuples(String sql, Object... args) {
		return post("/api/v2/query/tuples", body(sql, args));
	}

	/**
	 * Runs statements through {@code /exec}, failing on the first error.
	 */
	void execAll(String... statements) {
		for (String statement : statements) {
			HttpResponse<String> response = exec(statement);
			if (response.statusCode() != 200) {
				throw new IllegalStateException(statement + " failed: " + response.body());
			}
		}
	}

	/**
	 * Runs a query through {@code /query/tuples}, failing unless it succeeds.
	 * @return the rows of its result, as JSON text
	 */
	String rowsOf(String sql) {
		HttpResponse<String> response = tuples(sql);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(sql + " failed: " + response.body());
		}
		return json(response).path("results").path(0).path("rows").toString();
	}

	String body(String sql, Object... args) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("sql", sql);
		if (args.length > 0) {
			body.put("args", Arrays.asList(args));
		}
		if (this.database != null) {
			body.put("database", this.database);
		}
		return JSON.writeValueAsString(body);
	}

	HttpResponse<String> post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Authorization", this.authorization);
	}

	HttpRequest.Builder unauthenticated(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
