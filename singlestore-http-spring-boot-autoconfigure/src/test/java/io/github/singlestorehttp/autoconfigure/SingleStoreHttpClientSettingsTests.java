package io.github.singlestorehttp.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.http.client.reactive.ClientHttpConnector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@link HttpClientSettings} the template's connector is built with: recorded by a
 * {@link ClientHttpConnectorBuilder} bean, the way Boot's connector builder customizations reach it.
 */
class SingleStoreHttpClientSettingsTests {

	private static final SslBundle CUSTOM_CA = SslBundle.of(SslStoreBundle.NONE);

	private static final SslBundle GLOBAL_CA = SslBundle.of(SslStoreBundle.NONE);

	private final RecordingConnectorBuilder connectorBuilder = new RecordingConnectorBuilder();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
				SingleStoreHttpAutoConfiguration.class))
		.withBean(RecordingConnectorBuilder.class, () -> this.connectorBuilder)
		.withBean(SslBundles.class, SingleStoreHttpClientSettingsTests::sslBundles)
		.withPropertyValues("singlestore.http.url=http://127.0.0.1:9000", "singlestore.http.username=admin",
				"spring.http.clients.connect-timeout=5s", "spring.http.clients.read-timeout=7s",
				"spring.http.clients.ssl.bundle=global-ca");

	@Test
	void ownTimeoutsAndSslBundleWinOverGlobalSettings() {
		this.contextRunner
			.withPropertyValues("singlestore.http.connect-timeout=2s", "singlestore.http.read-timeout=3s",
					"singlestore.http.ssl.bundle=custom-ca")
			.run((context) -> {
				assertThat(context).hasSingleBean(SingleStoreTemplate.class);
				assertThat(context.getBean(SingleStoreConnectionDetails.class).getSslBundle()).isSameAs(CUSTOM_CA);
				HttpClientSettings settings = this.connectorBuilder.onlySettings();
				assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(settings.sslBundle()).isSameAs(CUSTOM_CA);
			});
	}

	@Test
	void globalSettingsApplyWhereOwnAreUnset() {
		this.contextRunner.withPropertyValues("singlestore.http.read-timeout=3s").run((context) -> {
			assertThat(context).hasSingleBean(SingleStoreTemplate.class);
			assertThat(context.getBean(SingleStoreConnectionDetails.class).getSslBundle()).isNull();
			HttpClientSettings settings = this.connectorBuilder.onlySettings();
			assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(3));
			assertThat(settings.sslBundle()).isSameAs(GLOBAL_CA);
		});
	}

	@Test
	void sslBundleOfAConnectionDetailsBeanWinsOverTheProperty() {
		this.contextRunner.withPropertyValues("singlestore.http.ssl.bundle=global-ca")
			.withBean(SingleStoreConnectionDetails.class,
					() -> new FixedConnectionDetails("https://db.example.com", "admin", null, null, CUSTOM_CA))
			.run((context) -> assertThat(this.connectorBuilder.onlySettings().sslBundle()).isSameAs(CUSTOM_CA));
	}

	@Test
	void redirectsAreSetLikeSpringHttpClients() {
		this.contextRunner
			.withPropertyValues("spring.http.clients.redirects=dont-follow", "singlestore.http.redirects=follow")
			.run((context) -> assertThat(this.connectorBuilder.onlySettings().redirects())
				.isEqualTo(HttpRedirects.FOLLOW));
	}

	private static SslBundles sslBundles() {
		DefaultSslBundleRegistry registry = new DefaultSslBundleRegistry("custom-ca", CUSTOM_CA);
		registry.registerBundle("global-ca", GLOBAL_CA);
		return registry;
	}

	/**
	 * Records the settings it is asked to build with and builds a default Reactor connector.
	 */
	static final class RecordingConnectorBuilder implements ClientHttpConnectorBuilder<ClientHttpConnector> {

		private final List<HttpClientSettings> settings = new CopyOnWriteArrayList<>();

		@Override
		public ClientHttpConnector build(@Nullable HttpClientSettings settings) {
			assertThat(settings).isNotNull();
			this.settings.add(settings);
			return ClientHttpConnectorBuilder.reactor().build();
		}

		HttpClientSettings onlySettings() {
			assertThat(this.settings).hasSize(1);
			return this.settings.get(0);
		}

	}

}
