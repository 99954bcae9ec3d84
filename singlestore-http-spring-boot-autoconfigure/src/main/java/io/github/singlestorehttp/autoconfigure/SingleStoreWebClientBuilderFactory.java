package io.github.singlestorehttp.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Creates the {@link WebClient.Builder} of the Data API client: the application's builder (with its
 * {@code WebClientCustomizer}s applied), a connector of its own built through Boot's
 * {@link ClientHttpConnectorBuilder} with this client's timeouts and SSL bundle, falling back to the global
 * {@code spring.http.clients.*} settings, and then every {@link SingleStoreWebClientCustomizer}.
 */
final class SingleStoreWebClientBuilderFactory {

	private final WebClient.Builder applicationBuilder;

	private final ClientHttpConnectorBuilder<?> connectorBuilder;

	private final @Nullable HttpClientSettings globalSettings;

	private final List<SingleStoreWebClientCustomizer> customizers;

	/**
	 * Create a factory.
	 * @param applicationBuilder the application's builder; it is not changed
	 * @param connectorBuilder builds the HTTP connector
	 * @param globalSettings the application's global HTTP client settings, or {@code null}
	 * @param customizers the customizers to apply, in order
	 */
	SingleStoreWebClientBuilderFactory(WebClient.Builder applicationBuilder,
			ClientHttpConnectorBuilder<?> connectorBuilder, @Nullable HttpClientSettings globalSettings,
			List<SingleStoreWebClientCustomizer> customizers) {
		this.applicationBuilder = applicationBuilder;
		this.connectorBuilder = connectorBuilder;
		this.globalSettings = globalSettings;
		this.customizers = customizers;
	}

	/**
	 * Create a builder for the Data API client.
	 * @param properties the client's properties (timeouts)
	 * @param sslBundle the SSL bundle from the connection details, or {@code null}
	 * @return a new builder
	 */
	WebClient.Builder create(SingleStoreHttpProperties properties, @Nullable SslBundle sslBundle) {
		HttpClientSettings settings = new HttpClientSettings(null, properties.getConnectTimeout(),
				properties.getReadTimeout(), sslBundle)
			.orElse(this.globalSettings);
		WebClient.Builder builder = this.applicationBuilder.clone()
			.clientConnector(this.connectorBuilder.build(settings));
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

}
