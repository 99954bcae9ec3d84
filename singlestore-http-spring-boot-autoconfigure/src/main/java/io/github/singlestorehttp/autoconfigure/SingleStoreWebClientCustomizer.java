package io.github.singlestorehttp.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of the auto-configured {@code SingleStoreTemplate} only,
 * unlike a {@code WebClientCustomizer}, which applies to every auto-configured {@code WebClient}.
 * <p>
 * Customizers run after the application's {@code WebClientCustomizer}s and after the Data API's own
 * HTTP connector (timeouts, SSL bundle) has been set, so one may replace that connector.
 */
@FunctionalInterface
public interface SingleStoreWebClientCustomizer {

	/**
	 * Customize the builder.
	 * @param webClientBuilder the builder of the template's {@code WebClient}
	 */
	void customize(WebClient.Builder webClientBuilder);

}
