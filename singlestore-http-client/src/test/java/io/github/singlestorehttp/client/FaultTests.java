package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Broken, slow and hostile responses end as clear exceptions, and cancelling a subscription releases the
 * HTTP exchange.
 */
class FaultTests {

	private static final String HEADER = "{\"results\":[{\"columns\":[{\"name\":\"n\",\"dataType\":\"BIGINT\","
			+ "\"nullable\":false}],\"rows\":[";

	@RegisterExtension
	final MockDataApi dataApi = new MockDataApi();

	private MockWebServer server;

	private SingleStoreTemplate template;

	@BeforeEach
	void connect() {
		this.server = this.dataApi.server();
		this.template = this.dataApi.templateBuilder()
			.timeout(Duration.ofSeconds(2))
			.build();
	}

	@Test
	void disconnectMidBodyFailsTheQuery() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.body(HEADER + "[1],[2],[3]]}]}")
			.throttleBody(20, 50, TimeUnit.MILLISECONDS)
			.onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
			.build());
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.query("SELECT n FROM t"));
	}

	@Test
	void disconnectAfterAWriteWasSentIsReportedNotRetried() {
		SingleStoreTemplate retrying = this.dataApi.templateBuilder().retry(RetrySettings.defaults()).build();
		this.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> retrying.update("INSERT INTO t VALUES (1)"));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void stalledBodyHitsTheCallTimeout() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.body(HEADER + "[1],[2]]}]}")
			.throttleBody(HEADER.length() + 4, 10, TimeUnit.SECONDS)
			.build());
		assertThatExceptionOfType(QueryTimeoutException.class).isThrownBy(() -> this.template.query("SELECT n FROM t"))
			.withMessageContaining("PT2S");
	}

	@Test
	void slowHeadersHitTheCallTimeout() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.body("{\"lastInsertId\":0,\"rowsAffected\":0}")
			.headersDelay(10, TimeUnit.SECONDS)
			.build());
		assertThatExceptionOfType(QueryTimeoutException.class).isThrownBy(() -> this.template.update("DELETE FROM t"));
	}

	@Test
	void payloadTooLargeIsAnApiUsageError() {
		this.server.enqueue(new MockResponse.Builder().code(413).body("Request body too large").build());
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO t VALUES (?)", "x"))
			.withMessageContaining("HTTP 413");
	}

	@Test
	void hugeHtmlErrorPageIsCutInTheMessage() {
		String page = "<html><body>" + "Service Unavailable ".repeat(500_000) + "</body></html>";
		this.server.enqueue(new MockResponse.Builder().code(503).body(page).build());
		assertThatExceptionOfType(TransientDataAccessResourceException.class)
			.isThrownBy(() -> this.template.query("SELECT 1"))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("<html><body>Service Unavailable").hasSizeLessThan(1_000));
	}

	@Test
	void hugeSuccessBodyForExecIsAClearError() {
		Buffer body = new Buffer().writeUtf8("{\"rowsAffected\":1,\"pad\":\"" + "x".repeat(2_000_000) + "\"}");
		this.server.enqueue(new MockResponse.Builder().code(200).body(body).build());
		assertThatExceptionOfType(DataRetrievalFailureException.class)
			.isThrownBy(() -> this.template.update("DELETE FROM t"))
			.withMessageContaining("HTTP 200");
	}

	@Test
	void cancellingASubscriptionClosesTheExchange() throws InterruptedException {
		StringBuilder rows = new StringBuilder(HEADER);
		for (int i = 0; i < 200_000; i++) {
			rows.append(i == 0 ? "" : ",").append('[').append(i).append(']');
		}
		this.server.enqueue(new MockResponse.Builder().code(200)
			.body(rows.append("]}]}").toString())
			.throttleBody(16_384, 100, TimeUnit.MILLISECONDS)
			.build());
		this.server.enqueue(new MockResponse.Builder().code(200).body(HEADER + "[7]]}]}").build());
		assertThat(this.template.reactive().queryRows("SELECT n FROM big").take(3).collectList().block()).hasSize(3);
		assertThat(this.template.query("SELECT n FROM small")).hasSize(1);
		RecordedRequest cancelled = this.server.takeRequest();
		RecordedRequest next = this.server.takeRequest();
		assertThat(next.getConnectionIndex()).isNotEqualTo(cancelled.getConnectionIndex());
	}

}
