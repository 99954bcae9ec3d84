package io.github.singlestorehttp.client.observation;


import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.singlestorehttp.client.MockDataApi;
import io.github.singlestorehttp.client.RetrySettings;
import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.reactive.function.client.WebClient;

import static io.github.singlestorehttp.client.MockDataApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ObservationTests {

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	@RegisterExtension
	final MockDataApi dataApi = new MockDataApi();

	private MockWebServer server;

	@BeforeEach
	void connect() {
		this.server = this.dataApi.server();
	}

	@Test
	void queryIsObservedWithLowCardinalityKeysAndNoSql() {
		this.server.enqueue(json("{\"results\":[{\"columns\":[{\"name\":\"n\",\"dataType\":\"INT\",\"nullable\":false}],"
				+ "\"rows\":[[1],[2]]}]}"));
		template(false).query("SELECT n FROM t WHERE secret = ?", "hidden-value");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(DefaultSingleStoreObservationConvention.NAME)
			.that()
			.hasContextualNameEqualTo("singlestore query")
			.hasLowCardinalityKeyValue("singlestore.operation", "query")
			.hasLowCardinalityKeyValue("db.name", "app")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("error.code", "none")
			.hasHighCardinalityKeyValue("singlestore.attempts", "1")
			.doesNotHaveHighCardinalityKeyValueWithKey("db.statement")
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void sqlIsRecordedOnlyWhenEnabledAndNeverItsArguments() {
		this.server.enqueue(json("{\"lastInsertId\":0,\"rowsAffected\":1}"));
		template(true).update("UPDATE t SET a = ? WHERE id = ?", "hidden-value", 5);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(DefaultSingleStoreObservationConvention.NAME)
			.that()
			.hasHighCardinalityKeyValue("db.statement", "UPDATE t SET a = ? WHERE id = ?")
			.hasLowCardinalityKeyValue("singlestore.operation", "exec");
	}

	@Test
	void failureRecordsOutcomeAndErrorCode() {
		this.server.enqueue(new MockResponse.Builder().code(400).body("Error 1062 (23000): Duplicate entry").build());
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> template(false).update("INSERT INTO t VALUES (1)"));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(DefaultSingleStoreObservationConvention.NAME)
			.that()
			.hasLowCardinalityKeyValue("outcome", "ERROR")
			.hasLowCardinalityKeyValue("error.code", "1062")
			.assertThatError()
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void retriesAreCountedAndEachAttemptIsAnEvent() {
		this.server.enqueue(new MockResponse.Builder().code(503).build());
		this.server.enqueue(json("{\"results\":[]}"));
		SingleStoreTemplate template = this.dataApi.templateBuilder()
			.observationRegistry(this.registry)
			.retry(new RetrySettings(2, java.time.Duration.ofMillis(1), 1.0, java.time.Duration.ofMillis(10),
					java.time.Duration.ZERO))
			.build();
		template.query("SELECT 1");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(DefaultSingleStoreObservationConvention.NAME)
			.that()
			.hasHighCardinalityKeyValue("singlestore.attempts", "2")
			.hasEvent("singlestore.retry");
	}

	@Test
	void httpClientObservationsNestInsideTheStatementObservation() {
		this.server.enqueue(json("{\"lastInsertId\":0,\"rowsAffected\":1}"));
		SingleStoreTemplate template = this.dataApi.templateBuilder()
			.webClientBuilder(WebClient.builder().observationRegistry(this.registry))
			.observationRegistry(this.registry)
			.build();
		template.update("DELETE FROM t");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasLowCardinalityKeyValue("uri", "/api/v2/exec")
			.hasParentObservationContextMatching(
					(parent) -> parent.getName().equals(DefaultSingleStoreObservationConvention.NAME));
	}

	@Test
	void noopRegistryRecordsNothingAndWorks() {
		this.server.enqueue(json("{\"lastInsertId\":0,\"rowsAffected\":1}"));
		SingleStoreTemplate template = this.dataApi.templateBuilder().build();
		assertThat(template.update("DELETE FROM t").rowsAffected()).isEqualTo(1);
	}

	private SingleStoreTemplate template(boolean includeSql) {
		return this.dataApi.templateBuilder()
			.database("app")
			.observationRegistry(this.registry)
			.observationConvention(new DefaultSingleStoreObservationConvention(includeSql))
			.build();
	}


}
