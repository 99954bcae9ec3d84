package io.github.singlestorehttp.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.StringUtils;

/**
 * {@link SingleStoreConnectionDetails} backed by {@link SingleStoreHttpProperties}.
 */
final class PropertiesSingleStoreConnectionDetails implements SingleStoreConnectionDetails {

	private final SingleStoreHttpProperties properties;

	private final @Nullable SslBundles sslBundles;

	/**
	 * Create details from properties.
	 * @param properties the {@code singlestore.http.*} properties
	 * @param sslBundles the SSL bundles that {@code singlestore.http.ssl.bundle} names one of, or
	 * {@code null} when the application has none
	 */
	PropertiesSingleStoreConnectionDetails(SingleStoreHttpProperties properties, @Nullable SslBundles sslBundles) {
		this.properties = properties;
		this.sslBundles = sslBundles;
	}

	@Override
	public String getUrl() {
		String url = this.properties.getUrl();
		if (!StringUtils.hasText(url)) {
			throw new InvalidSingleStoreConfigurationException("No SingleStore Data API URL is configured.",
					"Set singlestore.http.url to the Data API's base URL, for example https://svc-example.singlestore.com "
							+ "or http://127.0.0.1:9000, or define a SingleStoreConnectionDetails bean. "
							+ "To run without SingleStore, set singlestore.http.enabled=false.");
		}
		return url;
	}

	@Override
	public @Nullable String getUsername() {
		return this.properties.getUsername();
	}

	@Override
	public @Nullable String getPassword() {
		return this.properties.getPassword();
	}

	@Override
	public @Nullable String getToken() {
		return this.properties.getToken();
	}

	@Override
	public @Nullable String getDatabase() {
		return this.properties.getDatabase();
	}

	@Override
	public @Nullable SslBundle getSslBundle() {
		String bundleName = this.properties.getSsl().getBundle();
		if (!StringUtils.hasText(bundleName)) {
			return null;
		}
		if (this.sslBundles == null) {
			throw new InvalidSingleStoreConfigurationException(
					"singlestore.http.ssl.bundle names an SSL bundle, but the application has no SSL bundles.",
					"Define the bundle under spring.ssl.bundle.* (with SslAutoConfiguration enabled), "
							+ "or remove singlestore.http.ssl.bundle.");
		}
		return this.sslBundles.getBundle(bundleName);
	}

}
