package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import io.github.singlestorehttp.client.codec.StatementEncoder;
import io.github.singlestorehttp.client.http.DataApiClient;
import io.github.singlestorehttp.client.http.StatementExecutor;
import io.github.singlestorehttp.client.mapping.RowMapperFactory;
import io.github.singlestorehttp.client.mapping.SingleStoreConversions;
import io.github.singlestorehttp.client.observation.SingleStoreObservationConvention;

import org.springframework.core.convert.ConversionService;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Runs SQL against SingleStore over its HTTP Data API, blocking or reactive ({@link #reactive()}).
 * <p>
 * Create one with {@link #builder()}, or let the Spring Boot starter auto-configure it from
 * {@code singlestore.http.*} properties. Instances are thread-safe and meant to be shared.
 *
 * <pre class="code">
 * ExecResult r = template.execute("INSERT INTO users (name) VALUES (?)", "John");
 * List&lt;Map&lt;String, Object&gt;&gt; rows = template.query("SELECT id, name FROM users WHERE id = ?", r.lastInsertId());
 * </pre>
 */
public final class SingleStoreTemplate implements SingleStoreOperations {

	private final DefaultReactiveSingleStoreOperations reactive;

	private final TransactionWarning transactionWarning = new TransactionWarning();

	private final long maxResultRows;

	private SingleStoreTemplate(DefaultReactiveSingleStoreOperations reactive, long maxResultRows) {
		this.reactive = reactive;
		this.maxResultRows = maxResultRows;
	}

	/**
	 * Start building a template.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public ReactiveSingleStoreOperations reactive() {
		return this.reactive;
	}

	@Override
	public ExecResult execute(String sql, @Nullable Object... args) {
		this.transactionWarning.checkWrite(sql);
		return Blocking.await(this.reactive.execute(sql, args));
	}

	@Override
	public List<Map<String, @Nullable Object>> query(String sql, @Nullable Object... args) {
		return Blocking.awaitList(this.reactive.query(sql, args), this.maxResultRows);
	}

	@Override
	public <T> List<T> query(String sql, RowMapper<T> rowMapper, @Nullable Object... args) {
		return Blocking.awaitList(this.reactive.query(sql, rowMapper, args), this.maxResultRows);
	}

	@Override
	public <T> List<T> query(String sql, Class<T> type, @Nullable Object... args) {
		return Blocking.awaitList(this.reactive.query(sql, type, args), this.maxResultRows);
	}

	@Override
	public <T> T queryForObject(String sql, Class<T> type, @Nullable Object... args) {
		return Blocking.await(this.reactive.queryForObject(sql, type, args));
	}

	@Override
	public <T> T queryForObject(String sql, RowMapper<T> rowMapper, @Nullable Object... args) {
		return Blocking.await(MappedRows.exactlyOne(this.reactive.query(sql, rowMapper, args)));
	}

	@Override
	public <T> Optional<T> queryForOptional(String sql, Class<T> type, @Nullable Object... args) {
		return Blocking.await(MappedRows.atMostOne(this.reactive.query(sql, type, args))).stream().findFirst();
	}

	@Override
	public <T> Stream<T> queryForStream(String sql, RowMapper<T> rowMapper, @Nullable Object... args) {
		return Blocking.stream(this.reactive.queryBatches(sql, rowMapper, args));
	}

	@Override
	public <T> Stream<T> queryForStream(String sql, Class<T> type, @Nullable Object... args) {
		return Blocking.stream(this.reactive.queryBatches(sql, this.reactive.rowMappers().forClass(type), args));
	}

	@Override
	public BatchResult batchUpdate(String sql, List<@Nullable Object[]> batchArgs) {
		this.transactionWarning.checkWrite(sql);
		return Blocking.await(this.reactive.batchUpdate(sql, batchArgs));
	}

	@Override
	public StatementSpec sql(String sql) {
		return new DefaultStatementSpec(this.reactive.statement(sql), this.reactive.rowMappers(),
				() -> this.transactionWarning.checkWrite(sql), this.maxResultRows);
	}

	/**
	 * Builds a {@link SingleStoreTemplate}.
	 */
	public static final class Builder {

		private @Nullable String url;

		private @Nullable String username;

		private @Nullable String password;

		private @Nullable Supplier<String> tokenSupplier;

		private @Nullable String database;

		private WebClient.Builder webClientBuilder = WebClient.builder();

		private boolean allowInsecureHttp;

		private @Nullable Duration timeout;

		private int maxRequestBytes = StatementEncoder.DEFAULT_MAX_REQUEST_BYTES;

		private @Nullable ConversionService conversionService;

		private @Nullable JsonMapper jsonMapper;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable SingleStoreObservationConvention observationConvention;

		private RetrySettings retrySettings = RetrySettings.defaults();

		private long maxResultRows;

		private Builder() {
		}

		/**
		 * The Data API base URL, for example {@code https://svc-abc.singlestore.com} or
		 * {@code http://127.0.0.1:9000}; {@code https://} is assumed without a scheme.
		 * @param url the URL
		 * @return this builder
		 */
		public Builder url(String url) {
			this.url = url;
			return this;
		}

		/**
		 * Authenticate with HTTP Basic.
		 * @param username the user
		 * @param password the password, or {@code null} for none
		 * @return this builder
		 * @throws IllegalArgumentException when the user name or password contains a control character
		 */
		public Builder basicAuth(String username, @Nullable String password) {
			HeaderCredentials.basic(username, password);
			this.username = username;
			this.password = password;
			return this;
		}

		/**
		 * Authenticate with a static Bearer token (JWT).
		 * @param token the token
		 * @return this builder
		 * @throws IllegalArgumentException when the token contains a control character or a character outside
		 * printable ASCII
		 */
		public Builder bearerToken(String token) {
			String checked = HeaderCredentials.checkedToken(token);
			return bearerToken(() -> checked);
		}

		/**
		 * Authenticate with a Bearer token asked for on every request, for rotating JWTs. A call whose token
		 * contains a control character or a character outside printable ASCII fails with an
		 * {@link org.springframework.dao.InvalidDataAccessApiUsageException} before anything is sent.
		 * @param tokenSupplier supplies the current token
		 * @return this builder
		 */
		public Builder bearerToken(Supplier<String> tokenSupplier) {
			this.tokenSupplier = tokenSupplier;
			return this;
		}

		/**
		 * The database statements run in (case-sensitive).
		 * @param database the database, or {@code null} for none
		 * @return this builder
		 */
		public Builder database(@Nullable String database) {
			this.database = database;
			return this;
		}

		/**
		 * The builder of the underlying {@link WebClient}; it is cloned, so the given builder is not
		 * changed. Defaults to {@link WebClient#builder()}.
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * Allow plain HTTP to hosts other than loopback (logged as a warning).
		 * @param allowInsecureHttp whether to allow it
		 * @return this builder
		 */
		public Builder allowInsecureHttp(boolean allowInsecureHttp) {
			this.allowInsecureHttp = allowInsecureHttp;
			return this;
		}

		/**
		 * The longest a call may take from request to last row, all attempts included.
		 * @param timeout the timeout, or {@code null} for none
		 * @return this builder
		 */
		public Builder timeout(@Nullable Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * The largest request body to send; larger statements fail before the network.
		 * @param maxRequestBytes the limit in bytes, 1,000,000 by default
		 * @return this builder
		 */
		public Builder maxRequestBytes(int maxRequestBytes) {
			if (maxRequestBytes <= 0) {
				throw new IllegalArgumentException("maxRequestBytes must be positive");
			}
			this.maxRequestBytes = maxRequestBytes;
			return this;
		}

		/**
		 * The conversion service for typed access to row values and for mapping rows to classes.
		 * Defaults to {@link SingleStoreConversions#getSharedInstance()}.
		 * @param conversionService the conversion service
		 * @return this builder
		 */
		public Builder conversionService(ConversionService conversionService) {
			this.conversionService = conversionService;
			return this;
		}

		/**
		 * The Jackson mapper that reads {@code JSON} columns into records, maps and lists.
		 * @param jsonMapper the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
			return this;
		}

		/**
		 * Where statements are observed: one {@code singlestore.client.operations} observation per
		 * statement. Defaults to {@link ObservationRegistry#NOOP}.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * The convention that names and tags observations.
		 * @param observationConvention the convention, or {@code null} for the default
		 * @return this builder
		 */
		public Builder observationConvention(@Nullable SingleStoreObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * How failed calls are retried. Defaults to {@link RetrySettings#defaults()}.
		 * @param retrySettings the retry rules; {@link RetrySettings#none()} disables retries
		 * @return this builder
		 */
		public Builder retry(RetrySettings retrySettings) {
			this.retrySettings = retrySettings;
			return this;
		}

		/**
		 * The most rows the buffering methods (those returning a {@code List}) hold in memory; more fail
		 * fast with a {@link org.springframework.dao.DataRetrievalFailureException}. Streams and reactive
		 * results are not limited.
		 * @param maxResultRows the limit, or {@code 0} for none (the default)
		 * @return this builder
		 */
		public Builder maxResultRows(long maxResultRows) {
			if (maxResultRows < 0) {
				throw new IllegalArgumentException("maxResultRows must not be negative");
			}
			this.maxResultRows = maxResultRows;
			return this;
		}

		/**
		 * Build the template.
		 * @return the template
		 * @throws IllegalStateException when the configuration is incomplete or contradictory
		 */
		public SingleStoreTemplate build() {
			if (this.url == null) {
				throw new IllegalStateException("A Data API URL is required");
			}
			if (this.username != null && this.tokenSupplier != null) {
				throw new IllegalStateException(
						"Configure either Basic authentication (username/password) or a Bearer token, not both");
			}
			String baseUrl = DataApiUrl.normalize(this.url, this.allowInsecureHttp);
			WebClient webClient = this.webClientBuilder.clone().build();
			ConversionService conversions = (this.conversionService != null) ? this.conversionService
					: SingleStoreConversions.getSharedInstance();
			JsonMapper json = (this.jsonMapper != null) ? this.jsonMapper : JsonMapper.builder().build();
			DataApiClient client = new DataApiClient(webClient, baseUrl, authorization(), conversions);
			StatementExecutor executor = new StatementExecutor(client, this.observationRegistry,
					this.observationConvention, this.retrySettings, this.timeout, this.database);
			StatementEncoder encoder = new StatementEncoder(this.maxRequestBytes);
			return new SingleStoreTemplate(new DefaultReactiveSingleStoreOperations(client, executor, encoder,
					this.database, new RowMapperFactory(conversions, json)), this.maxResultRows);
		}

		private Supplier<@Nullable String> authorization() {
			Supplier<String> tokens = this.tokenSupplier;
			if (tokens != null) {
				return HeaderCredentials.bearer(tokens)::get;
			}
			if (this.username != null) {
				String header = HeaderCredentials.basic(this.username, this.password);
				return () -> header;
			}
			return () -> null;
		}

	}

}
