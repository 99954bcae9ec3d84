package io.github.singlestorehttp.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.HttpClientSettingsPropertyMapper;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Creates the {@link WebClient.Builder} of the Data API client: the application's builder (with its
 * {@code WebClientCustomizer}s applied), a connector of its own built through Boot's
 * {@link ClientHttpConnectorBuilder} with this client's {@link HttpClientSettings} (mapped by Boot's
 * {@link HttpClientSettingsPropertyMapper}, so unset ones fall back to the global
 * {@code spring.http.clients.*} settings), and then every {@link SingleStoreWebClientCustomizer}.
 */
final class SingleStoreWebClientBuilderFactory {

	private final WebClient.Builder applicationBuilder;

	private final ClientHttpConnectorBuilder<?> connectorBuilder;

	private final HttpClientSettingsPropertyMapper settingsMapper;

	private final List<SingleStoreWebClientCustomizer> customizers;

	/**
	 * Create a factory.
	 * @param applicationBuilder the application's builder; it is not changed
	 * @param connectorBuilder builds the HTTP connector
	 * @param settingsMapper maps this client's properties over the application's global settings
	 * @param customizers the customizers to apply, in order
	 */
	SingleStoreWebClientBuilderFactory(WebClient.Builder applicationBuilder,
			ClientHttpConnectorBuilder<?> connectorBuilder, HttpClientSettingsPropertyMapper settingsMapper,
			List<SingleStoreWebClientCustomizer> customizers) {
		this.applicationBuilder = applicationBuilder;
		this.connectorBuilder = connectorBuilder;
		this.settingsMapper = settingsMapper;
		this.customizers = customizers;
	}

	/**
	 * Create a builder for the Data API client.
	 * @param properties the client's properties
	 * @param sslBundle the SSL bundle from the connection details, which wins over the properties' one, or
	 * {@code null}
	 * @return a new builder
	 */
	WebClient.Builder create(SingleStoreHttpProperties properties, @Nullable SslBundle sslBundle) {
		HttpClientSettings settings = this.settingsMapper.map(properties);
		if (sslBundle != null) {
			settings = settings.withSslBundle(sslBundle);
		}
		WebClient.Builder builder = this.applicationBuilder.clone()
			.clientConnector(this.connectorBuilder.build(settings));
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

}
