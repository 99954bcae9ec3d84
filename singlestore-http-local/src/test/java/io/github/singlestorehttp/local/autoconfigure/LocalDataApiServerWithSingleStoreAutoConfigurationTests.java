package io.github.singlestorehttp.local.autoconfigure;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;
import io.github.singlestorehttp.autoconfigure.health.SingleStoreHealthContributorAutoConfiguration;
import io.github.singlestorehttp.client.ReactiveSingleStoreOperations;
import io.github.singlestorehttp.client.RetrySettings;
import io.github.singlestorehttp.client.SingleStoreOperations;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template, reactive operations and health auto-configurations against the local server that
 * {@link LocalDataApiServerAutoConfiguration} starts.
 */
class LocalDataApiServerWithSingleStoreAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LocalDataApiServerAutoConfiguration.class,
				WebClientAutoConfiguration.class, SingleStoreHttpAutoConfiguration.class,
				SingleStoreHealthContributorAutoConfiguration.class));

	@Test
	void reactiveOperationsBeanRunsQueries() {
		this.runner.run((context) -> {
			ReactiveSingleStoreOperations reactive = context.getBean(ReactiveSingleStoreOperations.class);
			List<Map<String, Object>> rows = reactive.query("SELECT ? AS greeting", "hello").collectList().block();
			assertThat(rows).containsExactly(Map.of("greeting", "hello"));
		});
	}

	@Test
	void healthIsUpWithTheServersHostAndDatabase() {
		this.runner.run((context) -> {
			Health health = health(context.getBean("singlestoreHealthContributor", ReactiveHealthIndicator.class));
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("host", "127.0.0.1").containsEntry("database", "app");
		});
	}

	@Test
	void severalTemplatesAreEachChecked() {
		this.runner.withUserConfiguration(TwoTemplates.class).run((context) -> {
			CompositeReactiveHealthContributor composite = context.getBean("singlestoreHealthContributor",
					CompositeReactiveHealthContributor.class);
			Health orders = health((ReactiveHealthIndicator) composite.getContributor("orders"));
			Health reports = health((ReactiveHealthIndicator) composite.getContributor("reports"));
			assertThat(orders.getStatus()).isEqualTo(Status.UP);
			assertThat(reports.getStatus()).isEqualTo(Status.DOWN);
			assertThat(reports.getDetails()).doesNotContainKeys("host", "database");
		});
	}

	private static Health health(ReactiveHealthIndicator indicator) {
		Health health = indicator.health().block();
		assertThat(health).isNotNull();
		return health;
	}

	/**
	 * Two templates on the local server: one with its credentials, one with a wrong password.
	 */
	@Configuration(proxyBeanMethods = false)
	static class TwoTemplates {

		@Bean
		SingleStoreOperations orders(LocalDataApiServer server) {
			return template(server, server.password());
		}

		@Bean
		SingleStoreOperations reports(LocalDataApiServer server) {
			return template(server, "wrong-" + server.password());
		}

		private static SingleStoreTemplate template(LocalDataApiServer server, String password) {
			return SingleStoreTemplate.builder()
				.url(server.url())
				.basicAuth(server.username(), password)
				.database(server.database())
				.retry(RetrySettings.none())
				.build();
		}

	}

}
