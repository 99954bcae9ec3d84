package io.github.singlestorehttp.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.client.RetrySettings;
import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.http.client.autoconfigure.HttpClientSettingsProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for the SingleStore Data API client, bound from {@code singlestore.http.*}.
 * <p>
 * The HTTP connector's settings ({@code connect-timeout}, {@code read-timeout}, {@code redirects},
 * {@code ssl.bundle}) are Spring Boot's own {@link HttpClientSettingsProperties}, as for
 * {@code spring.http.clients.*}, which they fall back to. Settings left unset keep the defaults of
 * {@link SingleStoreTemplate.Builder} and {@link RetrySettings#defaults()}, which are kept nowhere else.
 */
@ConfigurationProperties("singlestore.http")
public class SingleStoreHttpProperties extends HttpClientSettingsProperties {

	/**
	 * Whether to auto-configure a SingleStoreTemplate.
	 */
	private boolean enabled = true;

	/**
	 * Base URL of the Data API, for example 'https://svc-abc.singlestore.com' or 'http://127.0.0.1:9000'.
	 * HTTPS is assumed when no scheme is given.
	 */
	private @Nullable String url;

	/**
	 * User name for HTTP Basic authentication. Mutually exclusive with 'token'.
	 */
	private @Nullable String username;

	/**
	 * Password for HTTP Basic authentication.
	 */
	private @Nullable String password;

	/**
	 * Static Bearer token (JWT). Mutually exclusive with 'username' and with a SingleStoreTokenSupplier
	 * bean.
	 */
	private @Nullable String token;

	/**
	 * Database that statements run in (case-sensitive). When not set, statements must qualify table
	 * names.
	 */
	private @Nullable String database;

	/**
	 * Whether plain HTTP is allowed to hosts other than loopback. Credentials and data then travel
	 * unencrypted.
	 */
	private boolean allowInsecure;

	/**
	 * Longest a call may take from request to last row, retries included. No limit when not set.
	 */
	private @Nullable Duration timeout;

	/**
	 * Largest request body to send; larger statements fail before reaching the network. The default is
	 * the Data API's limit.
	 */
	private @Nullable DataSize maxRequestSize;

	/**
	 * Most rows that methods returning a List hold in memory; more fail fast instead of running out of
	 * memory. Streams and reactive results are not limited. 0 means no limit.
	 */
	private @Nullable Long maxResultRows;

	private final Retry retry = new Retry();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getToken() {
		return this.token;
	}

	public void setToken(@Nullable String token) {
		this.token = token;
	}

	public @Nullable String getDatabase() {
		return this.database;
	}

	public void setDatabase(@Nullable String database) {
		this.database = database;
	}

	public boolean isAllowInsecure() {
		return this.allowInsecure;
	}

	public void setAllowInsecure(boolean allowInsecure) {
		this.allowInsecure = allowInsecure;
	}

	public @Nullable Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(@Nullable Duration timeout) {
		this.timeout = timeout;
	}

	public @Nullable DataSize getMaxRequestSize() {
		return this.maxRequestSize;
	}

	public void setMaxRequestSize(@Nullable DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	public @Nullable Long getMaxResultRows() {
		return this.maxResultRows;
	}

	public void setMaxResultRows(@Nullable Long maxResultRows) {
		this.maxResultRows = maxResultRows;
	}

	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * Retry settings, named as Spring Framework's {@code RetryPolicy} and Spring Boot's
	 * {@code RetryPolicySettings} name them. Queries are retried on transient failures (connection failures,
	 * HTTP 429, 502, 503, 504); statements through /exec only when the request never reached the server.
	 */
	public static class Retry {

		/**
		 * Most retries per call, after the first attempt. 0 disables retries.
		 */
		private @Nullable Integer maxRetries;

		/**
		 * Delay before the first retry.
		 */
		private @Nullable Duration delay;

		/**
		 * Factor by which each delay grows.
		 */
		private @Nullable Double multiplier;

		/**
		 * Longest delay between attempts. A server asking to wait longer (Retry-After) fails the call at
		 * once.
		 */
		private @Nullable Duration maxDelay;

		/**
		 * Random spread added to or taken from each delay.
		 */
		private @Nullable Duration jitter;

		public @Nullable Integer getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(@Nullable Integer maxRetries) {
			this.maxRetries = maxRetries;
		}

		public @Nullable Duration getDelay() {
			return this.delay;
		}

		public void setDelay(@Nullable Duration delay) {
			this.delay = delay;
		}

		public @Nullable Double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(@Nullable Double multiplier) {
			this.multiplier = multiplier;
		}

		public @Nullable Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(@Nullable Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public @Nullable Duration getJitter() {
			return this.jitter;
		}

		public void setJitter(@Nullable Duration jitter) {
			this.jitter = jitter;
		}

	}

}
