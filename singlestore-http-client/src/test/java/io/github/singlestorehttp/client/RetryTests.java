package io.github.singlestorehttp.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import static io.github.singlestorehttp.client.MockDataApi.json;
import static io.github.singlestorehttp.client.MockDataApi.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The retry rules, proven by counting the requests the server actually received.
 */
class RetryTests {

	private static final String ONE_ROW = "{\"results\":[{\"columns\":[{\"name\":\"n\",\"dataType\":\"BIGINT\","
			+ "\"nullable\":false}],\"rows\":[[1]]}]}";

	private static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(10), 2.0, Duration.ofSeconds(2),
			Duration.ZERO);

	@RegisterExtension
	final MockDataApi dataApi = new MockDataApi();

	private MockWebServer server;

	private SingleStoreTemplate template;

	@BeforeEach
	void connect() {
		this.server = this.dataApi.server();
		this.template = template(this.server.url("/").toString(), FAST, null);
	}

	@Test
	void queriesAreRetriedOnTransientStatuses() {
		this.server.enqueue(text(503, ""));
		this.server.enqueue(text(502, "<html>bad gateway</html>"));
		this.server.enqueue(json(ONE_ROW));
		assertThat(this.template.query("SELECT 1")).containsExactly(Map.of("n", 1L));
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void queriesGiveUpAfterMaxAttemptsWithTheLastError() {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(text(504, ""));
		}
		assertThatExceptionOfType(QueryTimeoutException.class).isThrownBy(() -> this.template.query("SELECT 1"));
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void databaseRecoveringIsRetried() {
		this.server.enqueue(text(500, "Error 2269: Database 'app' is recovering"));
		this.server.enqueue(json(ONE_ROW));
		assertThat(this.template.query("SELECT 1")).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void tooManyRequestsHonoursRetryAfter() {
		this.server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
		this.server.enqueue(json(ONE_ROW));
		long started = System.nanoTime();
		assertThat(this.template.query("SELECT 1")).hasSize(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void retryAfterLongerThanMaxDelayFailsAtOnce() {
		this.server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
		assertThatExceptionOfType(TransientDataAccessResourceException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void queriesAreRetriedWhenTheConnectionDropsBeforeTheFirstRow() {
		this.server.enqueue(json(ONE_ROW).newBuilder().onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
		this.server.enqueue(json(ONE_ROW));
		assertThat(this.template.query("SELECT 1")).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "CALL create_order(?)", "ECHO create_order(?)", "DELETE FROM t WHERE id = ? RETURNING id",
			"WITH x AS (SELECT ? AS id) DELETE t FROM t JOIN x USING (id)", "SELECT ? INTO OUTFILE '/tmp/out'",
			"/* SELECT */ INSERT INTO t SELECT ?" })
	void writesSentThroughQueryAreNotRetriedOnceTheServerMayHaveRunThem(String sql) {
		this.server.enqueue(text(503, ""));
		this.server.enqueue(json(ONE_ROW));
		assertThatExceptionOfType(TransientDataAccessResourceException.class).isThrownBy(() -> this.template.query(sql, 42));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void callThroughQueryIsNotRetriedWhenTheConnectionDropsAfterTheRequest() {
		this.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
		this.server.enqueue(json(ONE_ROW));
		this.server.enqueue(json(ONE_ROW));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.query("CALL create_order(?)", 42));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "select 1", "(SELECT 1) UNION (SELECT 2)", "-- c\n SHOW TABLES", "DESC t", "DESCRIBE t",
			"EXPLAIN SELECT 1", "WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3), "
					+ "`delete` AS (SELECT 2) SELECT * FROM r" })
	void provableReadsAreRetried(String sql) {
		this.server.enqueue(text(503, ""));
		this.server.enqueue(json(ONE_ROW));
		assertThat(this.template.query(sql)).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void writesSentThroughQueryMarkedIdempotentAreRetried() {
		this.server.enqueue(text(503, ""));
		this.server.enqueue(json(ONE_ROW));
		assertThat(this.template.sql("CALL get_or_create(?)").param(42).idempotent().query(Long.class).list()).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void writesAreNotRetriedOnceTheServerMayHaveRunThem() {
		this.server.enqueue(text(503, ""));
		this.server.enqueue(json("{\"lastInsertId\":1,\"rowsAffected\":1}"));
		assertThatExceptionOfType(TransientDataAccessResourceException.class)
			.isThrownBy(() -> this.template.execute("INSERT INTO t VALUES (1)"));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void writesAreNotRetriedWhenTheConnectionDropsAfterTheRequest() {
		this.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
		this.server.enqueue(json("{\"lastInsertId\":1,\"rowsAffected\":1}"));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.execute("INSERT INTO t VALUES (1)"));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void sqlAndAuthErrorsAreNeverRetried() {
		this.server.enqueue(text(400, "Error 1062 (23000): Duplicate entry"));
		this.server.enqueue(text(401, "Unauthorized"));
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.template.query("SELECT 1"));
		assertThatExceptionOfType(PermissionDeniedDataAccessException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"));
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void timeoutsAfterTheRequestWasSentAreNotRetried() throws InterruptedException {
		AtomicInteger received = new AtomicInteger();
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				received.incrementAndGet();
				return json(ONE_ROW).newBuilder().headersDelay(3, TimeUnit.SECONDS).build();
			}
		});
		SingleStoreTemplate withTimeout = template(this.server.url("/").toString(), FAST, Duration.ofSeconds(1));
		assertThatExceptionOfType(QueryTimeoutException.class).isThrownBy(() -> withTimeout.query("SELECT 1"))
			.withMessageContaining("PT1S timeout");
		Thread.sleep(FAST.maxDelay().toMillis());
		assertThat(received).hasValue(1);
	}

	@Test
	void writesAreRetriedWhenTheServerWasNeverReached() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		List<String> attempts = new java.util.concurrent.CopyOnWriteArrayList<>();
		SingleStoreTemplate unreachable = SingleStoreTemplate.builder()
			.url("http://127.0.0.1:" + closedPort)
			.bearerToken(() -> {
				attempts.add("attempt");
				return "t";
			})
			.retry(FAST)
			.build();
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> unreachable.execute("INSERT INTO t VALUES (1)"));
		assertThat(attempts).hasSize(3);
	}

	@Test
	void queryThatAlreadyEmittedRowsIsNotRetried() {
		String rowThenRecoveringError = ONE_ROW.substring(0, ONE_ROW.length() - 1)
				+ ",\"error\":{\"code\":2269,\"message\":\"Database is recovering\"}}";
		this.server.enqueue(json(rowThenRecoveringError));
		this.server.enqueue(json(ONE_ROW));
		List<Object> seen = new java.util.ArrayList<>();
		assertThatExceptionOfType(org.springframework.dao.DataAccessException.class).isThrownBy(
				() -> this.template.reactive().query("SELECT n FROM t").doOnNext((row) -> seen.add(row.get("n"))).blockLast());
		assertThat(seen).containsExactly(1L);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void aFailureOutsideTheTransportSurfacesOnceAsItself() {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(json(ONE_ROW));
		}
		NullPointerException bug = new NullPointerException("a bug in handling the response");
		SingleStoreTemplate buggy = this.dataApi.templateBuilder()
			.webClientBuilder(WebClient.builder()
				.filter(ExchangeFilterFunction.ofResponseProcessor((response) -> response.releaseBody().then(Mono.error(bug)))))
			.retry(FAST)
			.build();
		Throwable thrown = catchThrowable(() -> buggy.query("SELECT 1"));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
		assertThat(thrown).isSameAs(bug);
	}

	@Test
	void aFailingTokenSupplierSurfacesOnceAsItself() {
		AtomicInteger asked = new AtomicInteger();
		SingleStoreTemplate failing = this.dataApi.templateBuilder().bearerToken(() -> {
			asked.incrementAndGet();
			throw new IllegalStateException("token store unavailable");
		}).retry(FAST).build();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> failing.query("SELECT 1"))
			.withMessage("token store unavailable");
		assertThat(asked).hasValue(1);
		assertThat(this.server.getRequestCount()).isZero();
	}

	private static SingleStoreTemplate template(String url, RetrySettings retry, Duration timeout) {
		return SingleStoreTemplate.builder().url(url).basicAuth("u", "p").retry(retry).timeout(timeout).build();
	}



}
