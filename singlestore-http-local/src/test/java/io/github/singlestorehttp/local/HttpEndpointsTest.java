package io.github.singlestorehttp.local;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing, methods, authentication and CORS.
 */
class HttpEndpointsTest {

	private static LocalDataApiServer server;

	private static DataApiClient client;

	@BeforeAll
	static void startServer() {
		server = LocalDataApiServer.builder().password("s3cret").token("t0ken").build().start();
		client = new DataApiClient(server);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void pingAnswersPongWithoutCredentials() {
		HttpResponse<String> response = client.send(client.unauthenticated("/ping").GET());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("pong");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
	}

	@Test
	void wrongMethodIs405WithAllowHeader() {
		HttpResponse<String> postToPing = client.send(client.request("/ping").POST(HttpRequest.BodyPublishers.noBody()));
		HttpResponse<String> getExec = client.send(client.request("/api/v2/exec").GET());

		assertThat(postToPing.statusCode()).isEqualTo(405);
		assertThat(postToPing.headers().firstValue("Allow")).hasValue("GET, OPTIONS");
		assertThat(getExec.statusCode()).isEqualTo(405);
		assertThat(getExec.body()).contains("use POST");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/v2/nope", "/api/v3/exec", "/api/v2/exec/", "/api/v1/jwks_setup" })
	void unknownPathIs404(String path) {
		HttpResponse<String> response = client.send(client.request(path).GET());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).startsWith("Not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/query/rows", "/api/v2/query/rows" })
	void bothApiVersionsServeQueries(String path) {
		HttpResponse<String> response = client.post(path, "{\"sql\":\"SELECT 1 AS one\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"results\":[{\"rows\":[{\"one\":1}]}]}");
	}

	@Test
	void specServesOpenApiTextToAuthenticatedClients() {
		HttpResponse<String> response = client.send(client.request("/api/v2/spec").GET());
		HttpResponse<String> anonymous = client.send(client.unauthenticated("/api/v2/spec").GET());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
		assertThat(response.body()).startsWith("openapi: 3.0.3")
			.contains("/api/v2/exec:", "/api/v2/query/rows:", "/api/v2/query/tuples:", "/ping:");
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void jwksSetupAnswersEmpty200() {
		HttpResponse<String> response = client
			.send(client.request("/api/v2/jwks_setup").POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void preflightIsAnsweredPermissivelyWithoutCredentials() {
		HttpResponse<String> response = client.send(client.unauthenticated("/api/v2/query/tuples")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "http://app.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization, content-type"));

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://app.example");
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST, OPTIONS");
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("authorization, content-type");
	}

	@Test
	void responsesCarryTheCallersOrigin() {
		HttpResponse<String> response = client.send(client.request("/api/v2/query/rows")
			.header("Origin", "http://app.example")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT 1\"}")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://app.example");
	}

	@Test
	void basicAuthenticationWithTheRightPasswordIsAccepted() {
		assertThat(query(DataApiClient.basic("root", "s3cret")).statusCode()).isEqualTo(200);
	}

	@Test
	void bearerAuthenticationWithTheTokenIsAccepted() {
		assertThat(query("Bearer t0ken").statusCode()).isEqualTo(200);
		assertThat(query("bearer t0ken").statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Basic cm9vdDp3cm9uZw==", "Basic YWRtaW46czNjcmV0", "Basic cm9vdHMzY3JldA==",
			"Basic !!notbase64!!", "Bearer wrong", "Bearer ", "Digest abc", "" })
	void wrongCredentialsAre401WithChallenge(String authorization) {
		HttpResponse<String> response = query(authorization);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"SingleStore\"");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
		assertThat(response.body()).isEqualTo("Unauthorized: invalid or missing credentials");
	}

	@Test
	void missingCredentialsAre401() {
		HttpResponse<String> response = client.send(client.unauthenticated("/api/v2/exec")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT 1\"}")));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"SingleStore\"");
	}

	private HttpResponse<String> query(String authorization) {
		HttpRequest.Builder request = client.unauthenticated("/api/v2/query/rows")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT 1\"}"));
		if (!authorization.isEmpty()) {
			request.header("Authorization", authorization);
		}
		return client.send(request);
	}

}
