package io.github.singlestorehttp.local;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.singlestorehttp.local.h2.H2Dialect;
import io.github.singlestorehttp.local.h2.H2RequestUser;
import io.github.singlestorehttp.local.http.Authenticator;
import io.github.singlestorehttp.local.mariadb.MariaDbDialect;
import io.github.singlestorehttp.local.http.DataApiHttpHandler;
import io.github.singlestorehttp.local.http.HandlerSettings;
import io.github.singlestorehttp.local.result.ColumnMapper;
import io.github.singlestorehttp.local.sql.DatabaseDialect;
import io.github.singlestorehttp.local.sql.ErrorFormat;
import io.github.singlestorehttp.local.sql.GenericDialect;
import io.github.singlestorehttp.local.sql.NumberBinding;
import io.github.singlestorehttp.local.sql.StatementErrorsKeepConnections;
import io.github.singlestorehttp.local.sql.StatementExecutor;
import io.github.singlestorehttp.local.tls.GeneratedTlsIdentity;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resources of a started {@link LocalDataApiServer}: the prepared database and its connection pool, the TLS
 * material, the HTTP server and its worker threads. Created by {@link #start(ServerSettings)}, released by
 * {@link #stop()}, which lets requests in progress finish their clean-up (the HTTP server has already closed their
 * connections) before closing the connection pool.
 */
final class RunningServer {

	private static final System.Logger logger = System.getLogger(LocalDataApiServer.class.getName());

	private static final int FETCH_SIZE = 1000;

	private static final Duration REQUEST_COMPLETION_WAIT = Duration.ofSeconds(5);

	private static final Duration IDLE_WORKER_KEEP_ALIVE = Duration.ofSeconds(2);

	private static final AtomicInteger pools = new AtomicInteger();

	private final ServerSettings settings;

	private final HttpServer httpServer;

	private final ThreadPoolExecutor workers;

	private final HikariDataSource dataSource;

	private final @Nullable Path caFile;

	private RunningServer(ServerSettings settings, HttpServer httpServer, ThreadPoolExecutor workers,
			HikariDataSource dataSource, @Nullable Path caFile) {
		this.settings = settings;
		this.httpServer = httpServer;
		this.workers = workers;
		this.dataSource = dataSource;
		this.caFile = caFile;
	}

	static RunningServer start(ServerSettings settings) {
		DatabaseDialect dialect = dialect(settings.jdbcUrl());
		@Nullable H2RequestUser requestUser = initializeDatabase(settings, dialect);
		HikariDataSource dataSource = dataSource(settings, dialect, requestUser);
		Path caFile = null;
		try {
			GeneratedTlsIdentity tls = null;
			if (settings.tls()) {
				tls = GeneratedTlsIdentity.generate(List.of(settings.host()));
				caFile = writeCaFile(settings.caCertificateFile(), tls.caCertificatePem());
			}
			HttpServer httpServer = createHttpServer(settings, tls);
			ThreadPoolExecutor workers = workers();
			httpServer.createContext("/", handler(settings, dialect, dataSource));
			httpServer.setExecutor(workers);
			httpServer.start();
			return new RunningServer(settings, httpServer, workers, dataSource, caFile);
		}
		catch (IOException | RuntimeException ex) {
			deleteTemporaryCaFile(settings, caFile);
			closeDatabase(settings, dataSource);
			throw new IllegalStateException("Could not start the local Data API server on " + settings.host() + ":"
					+ settings.port() + ": " + ex.getMessage(), ex);
		}
	}

	private static DatabaseDialect dialect(String jdbcUrl) {
		if (H2Dialect.supports(jdbcUrl)) {
			return new H2Dialect();
		}
		return MariaDbDialect.supports(jdbcUrl) ? new MariaDbDialect() : new GenericDialect();
	}

	int port() {
		return this.httpServer.getAddress().getPort();
	}

	@Nullable Path caFile() {
		return this.caFile;
	}

	void stop() {
		this.httpServer.stop(0);
		finishRequestsInProgress();
		closeDatabase(this.settings, this.dataSource);
		deleteTemporaryCaFile(this.settings, this.caFile);
	}

	private void finishRequestsInProgress() {
		this.workers.shutdown();
		try {
			if (!this.workers.awaitTermination(REQUEST_COMPLETION_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				this.workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.workers.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Prepares the database and, for the server's own in-memory database, the user that requests run as.
	 * @return that user, or {@code null} when requests use the credentials in the JDBC URL
	 */
	private static @Nullable H2RequestUser initializeDatabase(ServerSettings settings, DatabaseDialect dialect) {
		try (Connection connection = DriverManager.getConnection(settings.jdbcUrl())) {
			dialect.initialize(connection, settings.database());
			return settings.inMemory() ? H2RequestUser.createIn(connection) : null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the database at "
					+ JdbcUrlPasswords.masked(settings.jdbcUrl()) + ": " + maskedMessage(ex, settings), masked(ex, settings));
		}
	}

	/**
	 * A copy of a failure to reach the database whose message does not show the passwords of the URL. The causes of
	 * the failure are left out, as their messages may show them too.
	 */
	private static SQLException masked(SQLException failure, ServerSettings settings) {
		SQLException copy = new SQLException(maskedMessage(failure, settings), failure.getSQLState(),
				failure.getErrorCode());
		copy.setStackTrace(failure.getStackTrace());
		return copy;
	}

	private static String maskedMessage(SQLException failure, ServerSettings settings) {
		return JdbcUrlPasswords.maskedIn(String.valueOf(failure.getMessage()), settings.jdbcUrl());
	}

	private static HikariDataSource dataSource(ServerSettings settings, DatabaseDialect dialect,
			@Nullable H2RequestUser requestUser) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("singlestore-http-local-" + pools.incrementAndGet());
		config.setJdbcUrl(settings.requestJdbcUrl());
		if (requestUser != null) {
			config.setUsername(requestUser.name());
			config.setPassword(requestUser.password());
		}
		config.setMaximumPoolSize(settings.poolSize());
		config.setAutoCommit(true);
		config.setExceptionOverrideClassName(StatementErrorsKeepConnections.class.getName());
		dialect.connectionInitSql().ifPresent(config::setConnectionInitSql);
		dialect.connectionProperties().forEach(config::addDataSourceProperty);
		return new HikariDataSource(config);
	}

	private static DataApiHttpHandler handler(ServerSettings settings, DatabaseDialect dialect,
			HikariDataSource dataSource) {
		JsonMapper jsonMapper = JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
			.build();
		StatementExecutor executor = new StatementExecutor(dataSource, dialect,
				new ColumnMapper(jsonMapper, ZoneId.systemDefault()), FETCH_SIZE);
		HandlerSettings handlerSettings = new HandlerSettings(
				new Authenticator(settings.username(), settings.password(), settings.token()),
				settings.maxRequestBytes(), settings.goNumberFidelity() ? NumberBinding.GO_FLOAT64 : NumberBinding.EXACT,
				settings.legacyErrorFormat() ? ErrorFormat.LEGACY : ErrorFormat.WITH_SQLSTATE, jsonMapper);
		return new DataApiHttpHandler(handlerSettings, executor);
	}

	private static HttpServer createHttpServer(ServerSettings settings, @Nullable GeneratedTlsIdentity tls)
			throws IOException {
		JdkHttpServerDefaults.apply();
		InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
		if (tls == null) {
			return HttpServer.create(address, 0);
		}
		HttpsServer httpsServer = HttpsServer.create(address, 0);
		httpsServer.setHttpsConfigurator(new HttpsConfigurator(tls.sslContext()));
		return httpsServer;
	}

	/**
	 * The threads that serve exchanges. The JDK server reads each request's line and headers on one of them before any
	 * handler runs, so a client that sends part of a request holds a thread until the request time runs out (see
	 * {@link JdkHttpServerDefaults}). A fixed number of threads would let as many such clients stop the server
	 * answering anyone; instead a thread is started whenever all are busy (their number bounded by the connection
	 * limit) and ends after {@link #IDLE_WORKER_KEEP_ALIVE} without work, and statements wait for one of the pooled
	 * connections.
	 */
	private static ThreadPoolExecutor workers() {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = (task) -> {
			Thread thread = new Thread(task, "singlestore-http-local-worker-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		return new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_WORKER_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS,
				new SynchronousQueue<>(), factory);
	}

	private static Path writeCaFile(@Nullable Path requested, String pem) throws IOException {
		Path file = (requested != null) ? requested : Files.createTempFile("singlestore-http-local-ca-", ".pem");
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(file, pem, StandardCharsets.US_ASCII);
		return file;
	}

	private static void closeDatabase(ServerSettings settings, HikariDataSource dataSource) {
		dataSource.close();
		if (settings.inMemory()) {
			try (Connection connection = DriverManager.getConnection(settings.jdbcUrl())) {
				connection.createStatement().execute("SHUTDOWN");
			}
			catch (SQLException ex) {
				logger.log(Level.WARNING, "Could not drop the in-memory database", ex);
			}
		}
	}

	private static void deleteTemporaryCaFile(ServerSettings settings, @Nullable Path caFile) {
		if (caFile == null || settings.caCertificateFile() != null) {
			return;
		}
		try {
			Files.deleteIfExists(caFile);
		}
		catch (IOException ex) {
			logger.log(Level.WARNING, "Could not delete the CA certificate file " + caFile, ex);
		}
	}

}
