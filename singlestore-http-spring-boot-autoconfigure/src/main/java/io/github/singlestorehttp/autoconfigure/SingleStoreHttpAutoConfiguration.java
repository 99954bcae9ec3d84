package io.github.singlestorehttp.autoconfigure;

import java.util.Objects;

import io.micrometer.observation.ObservationRegistry;

import io.github.singlestorehttp.autoconfigure.observation.SingleStoreObservationProperties;
import io.github.singlestorehttp.client.ReactiveSingleStoreOperations;
import io.github.singlestorehttp.client.RetrySettings;
import io.github.singlestorehttp.client.SingleStoreOperations;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.client.observation.DefaultSingleStoreObservationConvention;
import io.github.singlestorehttp.client.observation.SingleStoreObservationConvention;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.HttpClientSettingsPropertyMapper;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of a {@link SingleStoreTemplate} from {@code singlestore.http.*} properties, or from a
 * {@link SingleStoreConnectionDetails} bean when the application defines one.
 * <p>
 * The template's {@code WebClient} starts from the auto-configured {@code WebClient.Builder}, so the
 * application's {@code WebClientCustomizer}s apply; it gets an HTTP connector of its own with
 * {@code singlestore.http.connect-timeout}, {@code read-timeout}, {@code redirects} and {@code ssl.bundle},
 * mapped by Boot's {@link HttpClientSettingsPropertyMapper} over {@code spring.http.clients.*};
 * {@link SingleStoreWebClientCustomizer} beans apply last. Properties left unset keep the client's own
 * defaults ({@link SingleStoreTemplate.Builder}, {@link RetrySettings#defaults()}). Statements are
 * observed through the application's {@link ObservationRegistry}, with
 * {@code management.observations.singlestore.*} ({@link SingleStoreObservationProperties}).
 * <p>
 * As with Spring Boot's {@code JdbcTemplate}, the template backs off when the application defines any
 * {@link SingleStoreOperations} bean. The {@link ReactiveSingleStoreOperations} of the single
 * {@code SingleStoreOperations} bean are exposed too, unless the application defines its own.
 */
@AutoConfiguration(after = { WebClientAutoConfiguration.class, SslAutoConfiguration.class })
@ConditionalOnClass(SingleStoreTemplate.class)
@ConditionalOnBooleanProperty(name = "singlestore.http.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ SingleStoreHttpProperties.class, SingleStoreObservationProperties.class })
public final class SingleStoreHttpAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SingleStoreConnectionDetails singleStoreConnectionDetails(SingleStoreHttpProperties properties,
			ObjectProvider<SslBundles> sslBundles) {
		return new PropertiesSingleStoreConnectionDetails(properties, sslBundles.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean(SingleStoreOperations.class)
	SingleStoreTemplate singleStoreTemplate(SingleStoreHttpProperties properties,
			SingleStoreObservationProperties observationProperties,
			SingleStoreConnectionDetails connectionDetails, ObjectProvider<SingleStoreTokenSupplier> tokenSupplier,
			ResourceLoader resourceLoader, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> clientHttpConnectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<SingleStoreWebClientCustomizer> webClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<SingleStoreObservationConvention> observationConvention) {
		SingleStoreWebClientBuilderFactory webClientBuilderFactory = new SingleStoreWebClientBuilderFactory(
				webClientBuilder.getIfAvailable(WebClient::builder),
				clientHttpConnectorBuilder
					.getIfAvailable(() -> ClientHttpConnectorBuilder.detect(resourceLoader.getClassLoader())),
				new HttpClientSettingsPropertyMapper(sslBundles.getIfAvailable(), httpClientSettings.getIfAvailable()),
				webClientCustomizers.orderedStream().toList());
		SingleStoreTemplate.Builder builder = SingleStoreTemplate.builder()
			.url(connectionDetails.getUrl())
			.allowInsecureHttp(properties.isAllowInsecure())
			.database(connectionDetails.getDatabase())
			.webClientBuilder(webClientBuilderFactory.create(properties, connectionDetails.getSslBundle()))
			.retry(retrySettings(properties.getRetry()))
			.observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP))
			.observationConvention(observationConvention.getIfAvailable(
					() -> new DefaultSingleStoreObservationConvention(observationProperties.isIncludeSql())));
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getTimeout).to(builder::timeout);
		map.from(properties::getMaxRequestSize).as(DataSize::toBytes).as(Math::toIntExact).to(builder::maxRequestBytes);
		map.from(properties::getMaxResultRows).to(builder::maxResultRows);
		SingleStoreAuthentication.resolve(connectionDetails, tokenSupplier.getIfAvailable()).applyTo(builder);
		return builder.build();
	}

	@Bean
	@ConditionalOnSingleCandidate(SingleStoreOperations.class)
	@ConditionalOnMissingBean
	ReactiveSingleStoreOperations reactiveSingleStoreOperations(SingleStoreOperations operations) {
		return operations.reactive();
	}

	private static RetrySettings retrySettings(SingleStoreHttpProperties.Retry retry) {
		RetrySettings defaults = RetrySettings.defaults();
		Integer maxRetries = retry.getMaxRetries();
		if (maxRetries != null && maxRetries < 0) {
			throw new InvalidSingleStoreConfigurationException("singlestore.http.retry.max-retries is negative.",
					"Set it to 0 to disable retries, or to the number of retries after the first attempt.");
		}
		return new RetrySettings((maxRetries != null) ? maxRetries + 1 : defaults.maxAttempts(),
				Objects.requireNonNullElse(retry.getDelay(), defaults.initialDelay()),
				Objects.requireNonNullElse(retry.getMultiplier(), defaults.multiplier()),
				Objects.requireNonNullElse(retry.getMaxDelay(), defaults.maxDelay()),
				Objects.requireNonNullElse(retry.getJitter(), defaults.jitter()));
	}

}
