package io.github.singlestorehttp.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for the SingleStore Data API client, bound from {@code singlestore.http.*}.
 */
@ConfigurationProperties("singlestore.http")
public class SingleStoreHttpProperties {

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
	 * Connect timeout of the Data API's HTTP client. Falls back to 'spring.http.clients.connect-timeout'.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Read timeout of the Data API's HTTP client. Falls back to 'spring.http.clients.read-timeout'.
	 */
	private @Nullable Duration readTimeout;

	/**
	 * Longest a call may take from request to last row, retries included. No limit when not set.
	 */
	private @Nullable Duration timeout;

	/**
	 * Largest request body to send; larger statements fail before reaching the network. The default is
	 * the Data API's limit of 1,000,000 bytes.
	 */
	private DataSize maxRequestSize = DataSize.ofBytes(1_000_000);

	/**
	 * Most rows that methods returning a List hold in memory; more fail fast instead of running out of
	 * memory. Streams and reactive results are not limited. 0 means no limit.
	 */
	private long maxResultRows;

	private final Ssl ssl = new Ssl();

	private final Observations observations = new Observations();

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

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public @Nullable Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(@Nullable Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public @Nullable Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(@Nullable Duration timeout) {
		this.timeout = timeout;
	}

	public DataSize getMaxRequestSize() {
		return this.maxRequestSize;
	}

	public void setMaxRequestSize(DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	public long getMaxResultRows() {
		return this.maxResultRows;
	}

	public void setMaxResultRows(long maxResultRows) {
		this.maxResultRows = maxResultRows;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Observations getObservations() {
		return this.observations;
	}

	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * TLS settings of the Data API's HTTP client.
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) that configures trust, for example a custom CA of a
		 * self-managed cluster. Falls back to 'spring.http.clients.ssl.bundle'.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Observation settings of Data API statements.
	 */
	public static class Observations {

		/**
		 * Whether observations record the SQL text (with placeholders, never argument values) as
		 * 'db.statement'. Applies to the default observation convention only.
		 */
		private boolean includeSql;

		public boolean isIncludeSql() {
			return this.includeSql;
		}

		public void setIncludeSql(boolean includeSql) {
			this.includeSql = includeSql;
		}

	}

	/**
	 * Retry settings. Queries are retried on transient failures (connection failures, HTTP 429, 502, 503,
	 * 504); statements through /exec only when the request never reached the server.
	 */
	public static class Retry {

		/**
		 * Most attempts per call, the first included. 1 disables retries.
		 */
		private int maxAttempts = 3;

		/**
		 * Delay before the first retry.
		 */
		private Duration initialDelay = Duration.ofMillis(100);

		/**
		 * Factor by which each delay grows.
		 */
		private double multiplier = 2.0;

		/**
		 * Longest delay between attempts. A server asking to wait longer (Retry-After) fails the call at
		 * once.
		 */
		private Duration maxDelay = Duration.ofSeconds(2);

		/**
		 * Random spread added to or taken from each delay.
		 */
		private Duration jitter = Duration.ofMillis(50);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialDelay() {
			return this.initialDelay;
		}

		public void setInitialDelay(Duration initialDelay) {
			this.initialDelay = initialDelay;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public Duration getJitter() {
			return this.jitter;
		}

		public void setJitter(Duration jitter) {
			this.jitter = jitter;
		}

	}

}
