package io.github.singlestorehttp.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.singlestorehttp.client.error.DataApiSqlException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SingleStoreTemplateTests {

	private static final String USERS = """
			{"results":[{"columns":[{"name":"id","dataType":"BIGINT","nullable":false},
			{"name":"name","dataType":"VARCHAR","nullable":false},{"name":"balance","dataType":"DECIMAL(20,2)","nullable":true},
			{"name":"created","dataType":"DATETIME(6)","nullable":true}],
			"rows":[[1,"John","12.50","2024-01-02 03:04:05.000006"],[9007199254740993,"Jane",null,null]]}]}""";

	private final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	final MockDataApi dataApi = new MockDataApi();

	private MockWebServer server;

	private SingleStoreTemplate template;

	@BeforeEach
	void connect() {
		this.server = this.dataApi.server();
		this.template = this.dataApi.templateBuilder()
			.basicAuth("admin", "s3cret-pw")
			.database("app")
			.build();
	}

	@Test
	void executePostsToExecWithBasicAuthAndJson() throws Exception {
		this.server.enqueue(MockDataApi.json("{\"lastInsertId\":7,\"rowsAffected\":1}"));
		ExecResult result = this.template.execute("INSERT INTO users (name, age) VALUES (?, ?)", "John", 42);
		assertThat(result).isEqualTo(new ExecResult(7, 1));
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/v2/exec");
		assertThat(request.getHeaders().get("Authorization"))
			.isEqualTo("Basic " + Base64.getEncoder().encodeToString("admin:s3cret-pw".getBytes(StandardCharsets.UTF_8)));
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
		JsonNode body = this.json.readTree(request.getBody().utf8());
		assertThat(body.get("sql").asString()).isEqualTo("INSERT INTO users (name, age) VALUES (?, 42)");
		assertThat(body.get("args").toString()).isEqualTo("[\"John\"]");
		assertThat(body.get("database").asString()).isEqualTo("app");
	}

	@Test
	void missingLastInsertIdMeansNone() {
		this.server.enqueue(MockDataApi.json("{\"rowsAffected\":3}"));
		assertThat(this.template.execute("DELETE FROM users")).isEqualTo(new ExecResult(0, 3));
	}

	@Test
	void queryPostsToTuplesAndDecodesTypedOrderedMaps() throws Exception {
		this.server.enqueue(MockDataApi.json(USERS));
		List<Map<String, Object>> rows = this.template.query("SELECT id, name, balance, created FROM users WHERE name <> ?",
				"x");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsExactly(Map.entry("id", 1L), Map.entry("name", "John"),
				Map.entry("balance", new BigDecimal("12.50")),
				Map.entry("created", LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6000)));
		assertThat(rows.get(1).get("id")).isEqualTo(9007199254740993L);
		assertThat(rows.get(1).get("balance")).isNull();
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getTarget()).isEqualTo("/api/v2/query/tuples");
		assertThat(this.json.readTree(request.getBody().utf8()).get("args").toString()).isEqualTo("[\"x\"]");
	}

	@Test
	void rowMapperGetsTypedAccessAndRowNumbers() {
		this.server.enqueue(MockDataApi.json(USERS));
		List<String> mapped = this.template.query("SELECT * FROM users",
				(row, rowNum) -> rowNum + ":" + row.get("ID", Long.class) + ":" + row.get(1, String.class));
		assertThat(mapped).containsExactly("0:1:John", "1:9007199254740993:Jane");
	}

	@Test
	void queryForStreamStreamsRows() {
		this.server.enqueue(MockDataApi.json(USERS));
		try (Stream<String> names = this.template.queryForStream("SELECT name FROM users",
				(row, rowNum) -> (String) row.get("name"))) {
			assertThat(names).containsExactly("John", "Jane");
		}
	}

	@Test
	void rowNumbersRunOnAcrossTheBuffersAResultArrivesIn() {
		int rowCount = 3000;
		StringBuilder body = new StringBuilder(
				"{\"results\":[{\"columns\":[{\"name\":\"id\",\"dataType\":\"BIGINT\",\"nullable\":false}],\"rows\":[");
		for (int i = 0; i < rowCount; i++) {
			body.append((i > 0) ? "," : "").append('[').append(i + 1).append(']');
		}
		body.append("]}]}");
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(new MockResponse.Builder().code(200)
				.addHeader("Content-Type", "application/json")
				.body(body.toString())
				.throttleBody(512, 1, TimeUnit.MILLISECONDS)
				.build());
		}
		List<String> expected = IntStream.range(0, rowCount).mapToObj((i) -> i + ":" + (i + 1)).toList();
		RowMapper<String> numbered = (row, rowNum) -> rowNum + ":" + row.get(0);
		try (Stream<String> streamed = this.template.queryForStream("SELECT id FROM t", numbered)) {
			assertThat(streamed.toList()).isEqualTo(expected);
		}
		assertThat(this.template.query("SELECT id FROM t", numbered)).isEqualTo(expected);
		assertThat(this.template.reactive().query("SELECT id FROM t", numbered).collectList().block())
			.isEqualTo(expected);
	}

	@Test
	void bufferingMethodsFailFastOverTheRowCapWhileStreamsAreNotCapped() {
		SingleStoreTemplate capped = this.dataApi.templateBuilder()
			.maxResultRows(1)
			.build();
		this.server.enqueue(MockDataApi.json(USERS));
		this.server.enqueue(MockDataApi.json(USERS));
		this.server.enqueue(MockDataApi.json(USERS));
		assertThatExceptionOfType(DataRetrievalFailureException.class).isThrownBy(() -> capped.query("SELECT * FROM users"))
			.withMessageContaining("more than the 1 rows allowed in memory (singlestore.http.max-result-rows)");
		assertThatExceptionOfType(DataRetrievalFailureException.class)
			.isThrownBy(() -> capped.sql("SELECT * FROM users").query((row, n) -> row.get("name")).list());
		try (Stream<Object> names = capped.queryForStream("SELECT name FROM users", (row, n) -> row.get("name"))) {
			assertThat(names).hasSize(2);
		}
	}

	@Test
	void reactiveExecuteAndQuery() {
		this.server.enqueue(MockDataApi.json("{\"lastInsertId\":0,\"rowsAffected\":2}"));
		this.server.enqueue(MockDataApi.json(USERS));
		StepVerifier.create(this.template.reactive().execute("UPDATE users SET name = ?", "x"))
			.expectNext(new ExecResult(0, 2))
			.verifyComplete();
		StepVerifier.create(this.template.reactive().query("SELECT * FROM users").map((row) -> row.get("name")))
			.expectNext("John", "Jane")
			.verifyComplete();
	}

	@Test
	void reactiveCallsSendNothingUntilSubscribed() throws InterruptedException {
		this.server.enqueue(MockDataApi.json("{\"lastInsertId\":0,\"rowsAffected\":1}"));
		this.server.enqueue(MockDataApi.json(USERS));
		Mono<ExecResult> delete = this.template.reactive().execute("DELETE FROM users");
		this.template.reactive().query("SELECT * FROM users");
		this.template.reactive().batchUpdate("DELETE FROM users WHERE id = ?", List.<Object[]>of(new Object[] { 1 }));
		assertThat(this.server.takeRequest(500, TimeUnit.MILLISECONDS)).as("request sent before subscription").isNull();
		StepVerifier.create(delete).expectNext(new ExecResult(0, 1)).verifyComplete();
		assertThat(this.server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/api/v2/exec");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void duplicateKeyTranslatesWithEndpointStatusAndCodeButNoArgumentValue() {
		this.server.enqueue(MockDataApi.text(400, "Error 1062 (23000): Duplicate entry 'john@example.com' for key 'PRIMARY'"));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.template.execute("INSERT INTO users (email) VALUES (?)", "john@example.com"))
			.withMessageContaining("POST /api/v2/exec (HTTP 400, error 1062 (23000))")
			.withMessageContaining("SQL [INSERT INTO users (email) VALUES (?)]")
			.withMessageContaining("Duplicate entry '?' for key 'PRIMARY'")
			.withMessageNotContaining("john@example.com")
			.withMessageNotContaining("s3cret")
			.satisfies((ex) -> {
				DataApiSqlException cause = (DataApiSqlException) ex.getCause();
				assertThat(cause.getErrorCode()).isEqualTo(1062);
				assertThat(cause.getSQLState()).isEqualTo("23000");
				assertThat(cause.getHttpStatus()).isEqualTo(400);
				assertThat(cause.getEndpoint()).isEqualTo("POST /api/v2/exec");
			});
	}

	static Stream<Arguments> argumentsAndHowTheServerEchoesThem() {
		return Stream.of(Arguments.of(9007199254740993L, "9007199254740993"),
				Arguments.of(new BigDecimal("-12.50"), "-12.50"), Arguments.of(true, "1"), Arguments.of(false, "false"),
				Arguments.of(1.5d, "1.5"), Arguments.of(1e6d, "1000000"), Arguments.of(0.1f, "0.1"),
				Arguments.of(LocalDate.of(2024, 1, 2), "2024-01-02"), Arguments.of(Optional.of(77), "77"),
				Arguments.of("secret-bytes".getBytes(StandardCharsets.UTF_8), "secret-bytes"),
				Arguments.of("secret-bytes".getBytes(StandardCharsets.UTF_8), "c2VjcmV0LWJ5dGVz"),
				Arguments.of("john@example.com", "john@example.com-42"), Arguments.of(4242, "john-4242"));
	}

	@ParameterizedTest
	@MethodSource("argumentsAndHowTheServerEchoesThem")
	void serverMessagesAreRedactedOfArgumentValuesOfEveryType(Object argument, String echoed) {
		this.server.enqueue(MockDataApi.text(400, "Error 1062 (23000): Duplicate entry '" + echoed + "' for key 'PRIMARY'"));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.template.execute("INSERT INTO users (v) VALUES (?)", argument))
			.withMessageContaining("Duplicate entry '?' for key 'PRIMARY'")
			.withMessageNotContaining("'" + echoed + "'")
			.satisfies((ex) -> assertThat(ex.getCause().getMessage()).doesNotContain("'" + echoed + "'"));
	}

	@Test
	void inlinedValuesQuotedInSyntaxErrorsAreRedacted() {
		this.server.enqueue(MockDataApi.text(400, "Error 1064 (42000): You have an error in your SQL syntax; check the "
				+ "manual near 'WHERE id = 9007199254740993 LIMIT' at line 1"));
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> this.template.query("SELECT * FROM users WHERE id = ? LIMIT", 9007199254740993L))
			.withMessageNotContaining("9007199254740993")
			.satisfies((ex) -> assertThat(ex.getCause().getMessage()).contains("near '?' at line 1")
				.doesNotContain("9007199254740993"));
	}

	@Test
	void grammarErrorsTranslateFromOldAndNewForms() {
		this.server.enqueue(MockDataApi.text(400, "Error 1146: Table 'app.userz' doesn't exist"));
		this.server.enqueue(MockDataApi.text(400, "Error 1064 (42000): You have an error in your SQL syntax"));
		this.server.enqueue(MockDataApi.text(400, "Error 1054 (42S22): Unknown column 'nam' in 'field list'"));
		assertThatExceptionOfType(BadSqlGrammarException.class).isThrownBy(() -> this.template.query("SELECT * FROM userz"))
			.withMessageContaining("POST /api/v2/query/tuples (HTTP 400, error 1146)");
		assertThatExceptionOfType(BadSqlGrammarException.class).isThrownBy(() -> this.template.query("SELEC 1"));
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> this.template.query("SELECT nam FROM users"));
	}

	@Test
	void integrityAndTransientEngineErrors() {
		this.server.enqueue(MockDataApi.text(400, "Error 1048 (23000): Column 'name' cannot be null"));
		this.server.enqueue(MockDataApi.text(500, "Error 2269: Database 'app' is recovering"));
		this.server.enqueue(MockDataApi.text(400, "Error 1049 (42000): Unknown database 'nope'"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.template.execute("INSERT INTO users (name) VALUES (NULL)"));
		assertThatExceptionOfType(TransientDataAccessResourceException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"))
			.withMessageContaining("HTTP 500, error 2269");
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"));
	}

	@Test
	void authenticationAndAuthorizationFailuresArePermissionDenied() {
		this.server.enqueue(MockDataApi.text(401, "Unauthorized"));
		this.server.enqueue(MockDataApi.text(403, "Error 1142 (42000): SELECT command denied to user"));
		assertThatExceptionOfType(PermissionDeniedDataAccessException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"))
			.withMessageContaining("HTTP 401")
			.withMessageNotContaining("s3cret");
		assertThatExceptionOfType(PermissionDeniedDataAccessException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"))
			.withMessageContaining("HTTP 403, error 1142");
	}

	@Test
	void statusOnlyErrorsTranslateByStatus() {
		this.server.enqueue(MockDataApi.text(404, "Not Found"));
		this.server.enqueue(MockDataApi.text(415, "Content-Type must be application/json"));
		this.server.enqueue(MockDataApi.text(504, ""));
		this.server.enqueue(MockDataApi.text(503, "<html>Service Unavailable</html>"));
		this.server.enqueue(MockDataApi.text(500, "boom"));
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"))
			.withMessageContaining("HTTP 404");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"));
		assertThatExceptionOfType(QueryTimeoutException.class).isThrownBy(() -> this.template.query("SELECT 1"))
			.withMessageContaining("HTTP error 504 with an empty body");
		assertThatExceptionOfType(TransientDataAccessResourceException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"))
			.withMessageContaining("boom");
	}

	@Test
	void errorAfterStreamingStartedFailsTheQuery() {
		this.server.enqueue(MockDataApi.json("{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"INT\",\"nullable\":true}],"
				+ "\"rows\":[[1]]}],\"error\":{\"code\":1317,\"message\":\"Query execution was interrupted\"}}"));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.template.query("SELECT a FROM t"))
			.withMessageContaining("POST /api/v2/query/tuples (HTTP 200, error 1317)")
			.withMessageContaining("interrupted");
	}

	@Test
	void malformedResponsesNameStatusAndBodyStart() {
		this.server.enqueue(MockDataApi.json("<html><body>Bad gateway from proxy</body></html>"));
		this.server.enqueue(MockDataApi.json("{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"INT\","));
		this.server.enqueue(MockDataApi.json("not json"));
		assertThatExceptionOfType(DataRetrievalFailureException.class).isThrownBy(() -> this.template.query("SELECT 1"))
			.withMessageContaining("HTTP 200")
			.withMessageContaining("Bad gateway from proxy");
		assertThatExceptionOfType(DataRetrievalFailureException.class).isThrownBy(() -> this.template.query("SELECT 1"))
			.withMessageContaining("truncated");
		assertThatExceptionOfType(DataRetrievalFailureException.class)
			.isThrownBy(() -> this.template.execute("DELETE FROM t"))
			.withMessageContaining("POST /api/v2/exec (HTTP 200)")
			.withMessageContaining("not json");
	}

	@Test
	void connectionRefusedIsResourceFailure() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		SingleStoreTemplate unreachable = SingleStoreTemplate.builder()
			.url("http://127.0.0.1:" + closedPort)
			.basicAuth("admin", "s3cret-pw")
			.build();
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> unreachable.execute("DELETE FROM t"))
			.withMessageContaining("POST /api/v2/exec failed in transport")
			.withMessageNotContaining("s3cret");
	}

	@Test
	void badCallsFailBeforeTheNetwork() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.query("SELECT ?"));
		StepVerifier.create(this.template.reactive().execute(" "))
			.expectError(InvalidDataAccessApiUsageException.class)
			.verify();
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void blockingOnAnEventLoopFailsAtOnceAndPointsAtReactive() {
		Mono<Object> onEventLoop = Mono.fromCallable(() -> (Object) this.template.query("SELECT 1"))
			.subscribeOn(Schedulers.parallel());
		StepVerifier.create(onEventLoop)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(InvalidDataAccessApiUsageException.class)
				.hasMessageContaining("template.reactive()"))
			.verify();
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void bearerTokenSupplierIsAskedOnEveryRequest() throws Exception {
		AtomicInteger counter = new AtomicInteger();
		SingleStoreTemplate withToken = this.dataApi.templateBuilder()
			.bearerToken(() -> "jwt-" + counter.incrementAndGet())
			.build();
		this.server.enqueue(MockDataApi.json("{\"lastInsertId\":0,\"rowsAffected\":0}"));
		this.server.enqueue(MockDataApi.json("{\"lastInsertId\":0,\"rowsAffected\":0}"));
		withToken.execute("DELETE FROM t");
		withToken.execute("DELETE FROM t");
		assertThat(this.server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer jwt-1");
		RecordedRequest second = this.server.takeRequest();
		assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer jwt-2");
		assertThat(this.json.readTree(second.getBody().utf8()).has("database")).isFalse();
	}

	@Test
	void pingExpectsPong() {
		this.server.enqueue(new MockResponse.Builder().code(200).body("pong").build());
		this.server.enqueue(new MockResponse.Builder().code(200).body("hello").build());
		StepVerifier.create(this.template.reactive().ping()).verifyComplete();
		StepVerifier.create(this.template.reactive().ping())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(DataAccessResourceFailureException.class)
				.hasMessageContaining("instead of 'pong'"))
			.verify();
	}



}
