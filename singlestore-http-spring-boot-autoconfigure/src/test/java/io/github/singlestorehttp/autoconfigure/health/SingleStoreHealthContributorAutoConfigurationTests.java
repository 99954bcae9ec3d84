package io.github.singlestorehttp.autoconfigure.health;

import java.util.concurrent.TimeUnit;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import io.github.singlestorehttp.autoconfigure.DataApiServer;
import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;
import io.github.singlestorehttp.client.RetrySettings;
import io.github.singlestorehttp.client.SingleStoreOperations;
import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthContributors;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class SingleStoreHealthContributorAutoConfigurationTests {

	private static final String PASSWORD = "s3cret-pw";

	@RegisterExtension
	final DataApiServer dataApi = new DataApiServer();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
				SingleStoreHttpAutoConfiguration.class, SingleStoreHealthContributorAutoConfiguration.class))
		.withPropertyValues("singlestore.http.username=admin", "singlestore.http.password=" + PASSWORD,
				"singlestore.http.database=app");

	@Test
	void upWhenTheDataApiAnswersPingAndSelectOne() throws InterruptedException {
		this.dataApi.server().setDispatcher(new DataApiDispatcher());
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty()).run((context) -> {
			Health health = health(context.getBean("singlestoreHealthContributor", ReactiveHealthIndicator.class));
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("host", this.dataApi.server().getHostName())
				.containsEntry("database", "app");
			assertThat(health).asString().doesNotContain(PASSWORD).doesNotContain("admin");
		});
		RecordedRequest ping = this.dataApi.server().takeRequest(5, TimeUnit.SECONDS);
		assertThat(ping.getMethod()).isEqualTo("GET");
		assertThat(ping.getTarget()).isEqualTo("/ping");
		RecordedRequest select = this.dataApi.server().takeRequest(5, TimeUnit.SECONDS);
		assertThat(select.getTarget()).isEqualTo("/api/v2/query/tuples");
		assertThat(select.getBody().utf8()).contains("SELECT 1");
		assertThat(select.getHeaders().get("Authorization")).startsWith("Basic ");
	}

	@Test
	void downWithHostAndDatabaseWhenTheDataApiIsUnreachable() {
		this.contextRunner.withPropertyValues("singlestore.http.url=" + DataApiServer.closedUrl()).run((context) -> {
			Health health = health(context.getBean(SingleStoreHealthIndicator.class));
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("host", "127.0.0.1")
				.containsEntry("database", "app")
				.containsKey("error");
			assertThat(health).asString().doesNotContain(PASSWORD);
		});
	}

	@Test
	void downWhenTheCredentialsAreRejected() {
		this.dataApi.server().setDispatcher(new DataApiDispatcher() {
			@Override
			MockResponse query() {
				return new MockResponse.Builder().code(401).body("Unauthorized").build();
			}
		});
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty()).run((context) -> {
			Health health = health(context.getBean(SingleStoreHealthIndicator.class));
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health).asString().doesNotContain(PASSWORD);
		});
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty())
			.withClassLoader(new FilteredClassLoader(AbstractReactiveHealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasBean("singleStoreTemplate")
				.doesNotHaveBean("singlestoreHealthContributor"));
	}

	@Test
	void isDisabledByManagementProperty() {
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty(), "management.health.singlestore.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("singlestoreHealthContributor"));
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnIndicator() {
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty())
			.withBean("singlestoreHealthIndicator", ReactiveHealthIndicator.class,
					() -> () -> Mono.just(Health.up().build()))
			.run((context) -> assertThat(context).doesNotHaveBean("singlestoreHealthContributor")
				.hasBean("singlestoreHealthIndicator"));
	}

	@Test
	void severalTemplatesGetACompositeKeyedByBeanName() {
		this.dataApi.server().setDispatcher(new DataApiDispatcher());
		this.contextRunner.withPropertyValues(this.dataApi.urlProperty())
			.withBean("orders", SingleStoreOperations.class, this::userTemplate)
			.withBean("reports", SingleStoreOperations.class, () -> SingleStoreTemplate.builder()
				.url(DataApiServer.closedUrl())
				.bearerToken("reports-token")
				.retry(RetrySettings.none())
				.build())
			.run((context) -> {
				CompositeReactiveHealthContributor composite = context.getBean("singlestoreHealthContributor",
						CompositeReactiveHealthContributor.class);
				assertThat(composite.stream().map(ReactiveHealthContributors.Entry::name)).containsExactlyInAnyOrder(
						"orders", "reports");
				assertThat(health((ReactiveHealthIndicator) composite.getContributor("orders")).getStatus())
					.isEqualTo(Status.UP);
				assertThat(health((ReactiveHealthIndicator) composite.getContributor("reports")).getStatus())
					.isEqualTo(Status.DOWN);
			});
	}

	@Test
	void applicationTemplateIsCheckedWithoutReportingTheConfiguredHost() {
		this.dataApi.server().setDispatcher(new DataApiDispatcher());
		this.contextRunner.withPropertyValues("singlestore.http.url=" + DataApiServer.closedUrl())
			.withBean("orders", SingleStoreOperations.class, this::userTemplate)
			.run((context) -> {
				Health health = health(context.getBean("singlestoreHealthContributor", ReactiveHealthIndicator.class));
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).doesNotContainKeys("host", "database");
			});
	}

	private SingleStoreTemplate userTemplate() {
		return SingleStoreTemplate.builder().url(this.dataApi.url()).bearerToken("orders-token").build();
	}

	@Test
	void backsOffWithoutATemplate() {
		this.contextRunner.withPropertyValues("singlestore.http.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("singlestoreHealthContributor"));
	}

	private static Health health(ReactiveHealthIndicator indicator) {
		Health health = indicator.health().block();
		assertThat(health).isNotNull();
		return health;
	}

	/**
	 * Answers {@code /ping} with {@code pong} and queries with {@code SELECT 1}'s result.
	 */
	static class DataApiDispatcher extends Dispatcher {

		@Override
		public MockResponse dispatch(RecordedRequest request) {
			if ("/ping".equals(request.getTarget())) {
				return new MockResponse.Builder().code(200).body("pong").build();
			}
			return query();
		}

		MockResponse query() {
			return DataApiServer.json(DataApiServer.SELECT_ONE);
		}

	}

}
