package io.github.singlestorehttp.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.singlestorehttp.client.ExecResult;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.client.observation.DefaultSingleStoreObservationConvention;
import io.github.singlestorehttp.client.observation.SingleStoreObservationConvention;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.QueryTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SingleStoreHttpAutoConfigurationTests {

	private static final String PASSWORD = "s3cret-pw";

	@RegisterExtension
	final DataApiServer dataApi = new DataApiServer();

	private final JsonMapper json = JsonMapper.builder().build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
				SingleStoreHttpAutoConfiguration.class));

	@Test
	void templateSendsStatementsWithBasicAuthAndDatabase() throws InterruptedException {
		this.dataApi.enqueueJson(DataApiServer.ONE_ROW_AFFECTED);
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		withBasicAuth().run((context) -> {
			SingleStoreTemplate template = context.getBean(SingleStoreTemplate.class);
			assertThat(template.execute("UPDATE users SET name = ? WHERE id = 1", "John"))
				.isEqualTo(new ExecResult(0, 1));
			assertThat(template.query("SELECT 1")).containsExactly(Map.of("1", 1L));
		});
		RecordedRequest exec = takeRequest();
		assertThat(exec.getMethod()).isEqualTo("POST");
		assertThat(exec.getTarget()).isEqualTo("/api/v2/exec");
		assertThat(exec.getHeaders().get("Authorization")).isEqualTo(basic("admin", PASSWORD));
		assertThat(exec.getHeaders().get("Content-Type")).isEqualTo("application/json");
		JsonNode execBody = body(exec);
		assertThat(execBody.get("sql").asString()).isEqualTo("UPDATE users SET name = ? WHERE id = 1");
		assertThat(execBody.get("args").toString()).isEqualTo("[\"John\"]");
		assertThat(execBody.get("database").asString()).isEqualTo("app");
		RecordedRequest query = takeRequest();
		assertThat(query.getTarget()).isEqualTo("/api/v2/query/tuples");
		assertThat(query.getHeaders().get("Authorization")).isEqualTo(basic("admin", PASSWORD));
		assertThat(body(query).get("sql").asString()).isEqualTo("SELECT 1");
		assertThat(body(query).get("database").asString()).isEqualTo("app");
	}

	@Test
	void backsOffWhenTheApplicationDefinesATemplate() {
		withBasicAuth()
			.withBean("customTemplate", SingleStoreTemplate.class,
					() -> SingleStoreTemplate.builder().url(this.dataApi.url()).bearerToken("custom").build())
			.run((context) -> assertThat(context).hasSingleBean(SingleStoreTemplate.class).hasBean("customTemplate"));
	}

	@Test
	void isDisabledByProperty() {
		withBasicAuth().withPropertyValues("singlestore.http.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SingleStoreTemplate.class)
				.doesNotHaveBean(SingleStoreConnectionDetails.class)
				.doesNotHaveBean(SingleStoreHttpProperties.class));
	}

	@Test
	void applicationWebClientCustomizersAndSingleStoreWebClientCustomizersApply() throws InterruptedException {
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		withBasicAuth()
			.withBean(WebClientCustomizer.class, () -> (builder) -> builder.defaultHeader("X-Application", "orders"))
			.withBean(SingleStoreWebClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-SingleStore-Client", "reporting"))
			.run((context) -> context.getBean(SingleStoreTemplate.class).query("SELECT 1"));
		RecordedRequest request = takeRequest();
		assertThat(request.getHeaders().get("X-Application")).isEqualTo("orders");
		assertThat(request.getHeaders().get("X-SingleStore-Client")).isEqualTo("reporting");
	}

	@Test
	void missingUrlFailsAtStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues("singlestore.http.username=admin")
			.run(failsWith("No SingleStore Data API URL is configured", "Set singlestore.http.url"));
	}

	@Test
	void basicAuthAndTokenTogetherFailAtStartup() {
		withBasicAuth().withPropertyValues("singlestore.http.token=jwt-secret")
			.run(failsWith("Conflicting Data API authentication is configured: singlestore.http.username and "
					+ "singlestore.http.token", "Configure exactly one of"));
	}

	@Test
	void tokenPropertyAndTokenSupplierTogetherFailAtStartup() {
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty(), "singlestore.http.token=jwt-secret")
			.withBean(SingleStoreTokenSupplier.class, () -> () -> "jwt-rotating")
			.run(failsWith("singlestore.http.token and a SingleStoreTokenSupplier bean"));
	}

	@Test
	void noAuthenticationFailsAtStartupSayingWhatToSet() {
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty(), "singlestore.http.token=")
			.run(failsWith("No Data API authentication is configured", "singlestore.http.username",
					"singlestore.http.token", "SingleStoreTokenSupplier bean"));
	}

	@Test
	void credentialsWithControlCharactersFailAtStartupWithoutTheirValue() {
		this.contextRunner
			.withBean(SingleStoreConnectionDetails.class,
					() -> connectionDetails(this.dataApi.url(), "admin", PASSWORD + "\n", "app"))
			.run(failsWith("The configured Data API password contains a control character",
					"Remove it from singlestore.http.password"));
		this.contextRunner.withBean(SingleStoreConnectionDetails.class,
				() -> connectionDetails(this.dataApi.url(), "admin\r", PASSWORD, "app"))
			.run(failsWith("The configured Data API user name contains a control character"));
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty(), "singlestore.http.token=jwt-secret\u0007x")
			.run(failsWith("The configured Data API token contains a control character",
					"Remove it from singlestore.http.token"));
	}

	@Test
	void passwordWithoutUserNameFailsAtStartup() {
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty(), "singlestore.http.password=" + PASSWORD)
			.run(failsWith("password is configured without a user name", "Set singlestore.http.username"));
	}

	@Test
	void plainHttpToARemoteHostFailsAtStartupUnlessAllowed() {
		ApplicationContextRunner remote = this.contextRunner.withPropertyValues(
				"singlestore.http.url=http://db.example.com", "singlestore.http.username=admin");
		remote.run(failsWith("singlestore.http.allow-insecure"));
		remote.withPropertyValues("singlestore.http.allow-insecure=true")
			.run((context) -> assertThat(context).hasSingleBean(SingleStoreTemplate.class));
	}

	@Test
	void tokenPropertyIsSentAsBearer() throws InterruptedException {
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty(), "singlestore.http.token=jwt-static")
			.run((context) -> context.getBean(SingleStoreTemplate.class).query("SELECT 1"));
		assertThat(takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer jwt-static");
	}

	@Test
	void tokenSupplierIsAskedForEveryRequest() throws InterruptedException {
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		AtomicInteger issued = new AtomicInteger();
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty())
			.withBean(SingleStoreTokenSupplier.class, () -> () -> "jwt-" + issued.incrementAndGet())
			.run((context) -> {
				SingleStoreTemplate template = context.getBean(SingleStoreTemplate.class);
				template.query("SELECT 1");
				template.query("SELECT 1");
			});
		assertThat(takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer jwt-1");
		assertThat(takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer jwt-2");
	}

	@Test
	void connectionDetailsBeanWinsOverProperties() throws InterruptedException {
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		this.contextRunner
			.withPropertyValues("singlestore.http.url=" + DataApiServer.closedUrl(),
					"singlestore.http.username=from-properties", "singlestore.http.database=from_properties")
			.withBean(SingleStoreConnectionDetails.class,
					() -> connectionDetails(this.dataApi.url(), "from-bean", "bean-pw", "from_bean"))
			.run((context) -> {
				assertThat(context).hasSingleBean(SingleStoreConnectionDetails.class)
					.doesNotHaveBean(PropertiesSingleStoreConnectionDetails.class);
				context.getBean(SingleStoreTemplate.class).query("SELECT 1");
			});
		RecordedRequest request = takeRequest();
		assertThat(request.getHeaders().get("Authorization")).isEqualTo(basic("from-bean", "bean-pw"));
		assertThat(body(request).get("database").asString()).isEqualTo("from_bean");
	}

	@ParameterizedTest
	@ValueSource(strings = { "singlestore.http.read-timeout=200ms", "spring.http.clients.read-timeout=200ms" })
	void readTimeoutFailsACallWhoseAnswerIsLate(String readTimeout) {
		this.dataApi.server()
			.enqueue(DataApiServer.json(DataApiServer.SELECT_ONE).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());
		withBasicAuth().withPropertyValues(readTimeout)
			.run((context) -> assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> context.getBean(SingleStoreTemplate.class).query("SELECT 1")));
	}

	@Test
	void timeoutLimitsTheWholeCall() {
		this.dataApi.server()
			.enqueue(DataApiServer.json(DataApiServer.SELECT_ONE).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());
		withBasicAuth().withPropertyValues("singlestore.http.timeout=200ms")
			.run((context) -> assertThatExceptionOfType(QueryTimeoutException.class)
				.isThrownBy(() -> context.getBean(SingleStoreTemplate.class).query("SELECT 1")));
	}

	@Test
	void maxRequestSizeLimitsRequestBodiesBeforeTheNetwork() {
		withBasicAuth().withPropertyValues("singlestore.http.max-request-size=100B")
			.run((context) -> assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
				.isThrownBy(() -> context.getBean(SingleStoreTemplate.class).query("SELECT ?", "x".repeat(200)))
				.withMessageContaining("100"));
		assertThat(this.dataApi.server().getRequestCount()).isZero();
	}

	@Test
	void retryPropertiesApplyToQueries() {
		this.dataApi.server().enqueue(new MockResponse.Builder().code(503).build());
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		withBasicAuth().withPropertyValues("singlestore.http.retry.max-attempts=2", "singlestore.http.retry.initial-delay=1ms")
			.run((context) -> assertThat(context.getBean(SingleStoreTemplate.class).query("SELECT 1")).hasSize(1));
		assertThat(this.dataApi.server().getRequestCount()).isEqualTo(2);
	}

	@Test
	void maxResultRowsCapsBufferedResults() {
		this.dataApi.enqueueJson("{\"results\":[{\"columns\":[{\"name\":\"n\",\"dataType\":\"INT\","
				+ "\"nullable\":false}],\"rows\":[[1],[2]]}]}");
		withBasicAuth().withPropertyValues("singlestore.http.max-result-rows=1")
			.run((context) -> assertThatExceptionOfType(DataRetrievalFailureException.class)
				.isThrownBy(() -> context.getBean(SingleStoreTemplate.class).query("SELECT n FROM t"))
				.withMessageContaining("max-result-rows"));
	}

	@Test
	void retriesCanBeTurnedOff() {
		this.dataApi.server().enqueue(new MockResponse.Builder().code(503).build());
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		withBasicAuth().withPropertyValues("singlestore.http.retry.max-attempts=1")
			.run((context) -> assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> context.getBean(SingleStoreTemplate.class).query("SELECT 1")));
		assertThat(this.dataApi.server().getRequestCount()).isEqualTo(1);
	}

	@Test
	void maxRequestSizeDefaultsToTheDataApiLimit() {
		assertThat(new SingleStoreHttpProperties().getMaxRequestSize().toBytes()).isEqualTo(1_000_000);
	}

	@Test
	void unknownSslBundleFailsAtStartup() {
		withBasicAuth().withPropertyValues("singlestore.http.ssl.bundle=missing")
			.run((context) -> assertThat(context).getFailure().rootCause().isInstanceOf(NoSuchSslBundleException.class));
	}

	@Test
	void statementsAreObservedWithoutTheirSqlByDefault() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		withBasicAuth().withBean(ObservationRegistry.class, () -> registry)
			.run((context) -> context.getBean(SingleStoreTemplate.class).query("SELECT 1"));
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo(DefaultSingleStoreObservationConvention.NAME)
			.that()
			.hasLowCardinalityKeyValue("db.name", "app")
			.doesNotHaveHighCardinalityKeyValueWithKey("db.statement");
	}

	@Test
	void includeSqlRecordsTheStatementInObservations() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		withBasicAuth().withPropertyValues("singlestore.http.observations.include-sql=true")
			.withBean(ObservationRegistry.class, () -> registry)
			.run((context) -> context.getBean(SingleStoreTemplate.class).query("SELECT 1"));
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo(DefaultSingleStoreObservationConvention.NAME)
			.that()
			.hasHighCardinalityKeyValue("db.statement", "SELECT 1");
	}

	@Test
	void observationConventionBeanReplacesTheDefault() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.dataApi.enqueueJson(DataApiServer.SELECT_ONE);
		withBasicAuth().withBean(ObservationRegistry.class, () -> registry)
			.withBean(SingleStoreObservationConvention.class, () -> new DefaultSingleStoreObservationConvention() {
				@Override
				public String getName() {
					return "orders.database";
				}
			})
			.run((context) -> context.getBean(SingleStoreTemplate.class).query("SELECT 1"));
		TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("orders.database");
	}

	@Test
	void secretsStayOutOfToString() {
		withBasicAuth().run((context) -> {
			assertThat(context.getBean(SingleStoreHttpProperties.class)).asString().doesNotContain(PASSWORD);
			assertThat(context.getBean(SingleStoreConnectionDetails.class)).asString().doesNotContain(PASSWORD);
			assertThat(context.getBean(SingleStoreTemplate.class)).asString().doesNotContain(PASSWORD);
		});
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty(), "singlestore.http.token=jwt-secret")
			.run((context) -> {
				assertThat(context.getBean(SingleStoreHttpProperties.class)).asString().doesNotContain("jwt-secret");
				assertThat(context.getBean(SingleStoreConnectionDetails.class)).asString()
					.doesNotContain("jwt-secret");
			});
	}

	private ApplicationContextRunner withBasicAuth() {
		return this.contextRunner.withPropertyValues(this.dataApi.urlProperty(), "singlestore.http.username=admin",
				"singlestore.http.password=" + PASSWORD, "singlestore.http.database=app");
	}

	private static ContextConsumer<AssertableApplicationContext> failsWith(String... messageFragments) {
		return (context) -> {
			assertThat(context).getFailure().rootCause().hasMessageContainingAll(messageFragments);
			assertThat(stackTrace(context.getStartupFailure())).doesNotContain(PASSWORD).doesNotContain("jwt-secret");
		};
	}

	private static String stackTrace(Throwable failure) {
		StringWriter writer = new StringWriter();
		failure.printStackTrace(new PrintWriter(writer));
		return writer.toString();
	}

	private RecordedRequest takeRequest() throws InterruptedException {
		RecordedRequest request = this.dataApi.server().takeRequest(5, TimeUnit.SECONDS);
		assertThat(request).as("request received by the Data API").isNotNull();
		return request;
	}

	private JsonNode body(RecordedRequest request) {
		return this.json.readTree(request.getBody().utf8());
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static SingleStoreConnectionDetails connectionDetails(String url, String username, String password,
			String database) {
		return new SingleStoreConnectionDetails() {

			@Override
			public String getUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return username;
			}

			@Override
			public @Nullable String getPassword() {
				return password;
			}

			@Override
			public @Nullable String getDatabase() {
				return database;
			}

		};
	}

}
