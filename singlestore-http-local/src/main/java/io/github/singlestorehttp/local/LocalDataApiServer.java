package io.github.singlestorehttp.local;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A small server that speaks SingleStore's HTTP Data API ({@code /ping}, {@code /api/v2/exec},
 * {@code /api/v2/query/rows}, {@code /api/v2/query/tuples}) with the same JSON, type encodings, status codes and
 * {@code Error NNNN (SQLSTATE): message} bodies, backed by an embedded H2 database in MySQL mode (or any JDBC URL).
 * Results are streamed, so large queries run in little memory; requests are served in parallel, each on its own
 * pooled connection in autocommit mode. The JDK server reads its system properties once per JVM; unless set already,
 * starting a server sets {@code sun.net.httpserver.nodelay} to {@code true} (without it every response waits for the
 * client's delayed ACK), {@code sun.net.httpserver.maxReqTime} to 10 seconds (the time a client has to send a
 * request, so that clients sending partial requests cannot hold threads for long) and
 * {@code sun.net.httpserver.maxConnections} to 1000. A client that sends part of a request holds a thread of its
 * own, not one of those running statements, so it does not keep others from being served.
 * <pre class="code">
 * try (LocalDataApiServer server = LocalDataApiServer.builder().password("secret").build().start()) {
 *     String url = server.url(); // http://127.0.0.1:41234
 * }
 * </pre>
 * The default database is in memory: its data is gone when the server closes. Requests run there as a database user
 * without H2's admin rights, so they cannot stop the database, run Java code or reach files.
 */
public final class LocalDataApiServer implements AutoCloseable {

	/** Settings of the in-memory database itself, which need admin rights. */
	private static final String H2_DATABASE_SETTINGS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE"
			+ ";CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

	/** Settings of every connection to the in-memory database, request connections included. */
	private static final String H2_SESSION_SETTINGS = ";NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,HOUR,MINUTE,SECOND,USER"
			+ ";LAZY_QUERY_EXECUTION=TRUE";

	private final ServerSettings settings;

	private volatile @Nullable RunningServer running;

	private boolean closed;

	private LocalDataApiServer(ServerSettings settings) {
		this.settings = settings;
	}

	/**
	 * Starts configuring a server.
	 * @return a builder with the defaults: {@code 127.0.0.1}, a free port, user {@code root}, a random password,
	 * database {@code app} in an in-memory H2 database, plain HTTP
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Creates the database, binds the port and starts serving.
	 * @return this server
	 * @throws IllegalStateException if the server was already started or closed, or cannot start
	 */
	public synchronized LocalDataApiServer start() {
		if (this.running != null || this.closed) {
			throw new IllegalStateException("The server was already " + (this.closed ? "closed" : "started"));
		}
		this.running = RunningServer.start(this.settings);
		return this;
	}

	/**
	 * The base URL to give clients, without {@code /api/v2}.
	 * @return for example {@code http://127.0.0.1:41234} or {@code https://127.0.0.1:41234}
	 * @throws IllegalStateException if the server is not running
	 */
	public String url() {
		String host = urlHost(this.settings.host());
		return (this.settings.tls() ? "https" : "http") + "://" + host + ":" + port();
	}

	/**
	 * The port the server listens on.
	 * @return the port, chosen by the system when the builder asked for port 0
	 * @throws IllegalStateException if the server is not running
	 */
	public int port() {
		return requireRunning().port();
	}

	/**
	 * The user name for Basic authentication.
	 * @return the user name
	 */
	public String username() {
		return this.settings.username();
	}

	/**
	 * The password for Basic authentication.
	 * @return the configured password, or the random one generated for this server
	 */
	public String password() {
		return this.settings.password();
	}

	/**
	 * Tells whether the password was generated, so that it may be shown to the user.
	 * @return {@code true} when no password was given
	 */
	boolean passwordGenerated() {
		return this.settings.passwordGenerated();
	}

	/**
	 * The token accepted for Bearer authentication.
	 * @return the token, or empty when Bearer authentication is off
	 */
	public Optional<String> token() {
		return Optional.ofNullable(this.settings.token());
	}

	/**
	 * The database created at start, which clients name in their requests.
	 * @return the database name
	 */
	public String database() {
		return this.settings.database();
	}

	/**
	 * The JDBC URL of the backing database. For the default in-memory database it connects with admin rights, while
	 * requests run as a user without them. It includes any credentials it was given with: do not log it.
	 * @return the URL
	 */
	public String jdbcUrl() {
		return this.settings.jdbcUrl();
	}

	/**
	 * The file holding the CA certificate (PEM) that clients trust to reach this server over TLS.
	 * @return the file, or empty when TLS is off or the server is not running
	 */
	public Optional<Path> caCertificateFile() {
		RunningServer current = this.running;
		return (current != null) ? Optional.ofNullable(current.caFile()) : Optional.empty();
	}

	/**
	 * Stops serving, closes the connection pool and, for the default in-memory database, drops its data. A CA file
	 * written to a temporary location is deleted. Does nothing when already closed.
	 */
	@Override
	public synchronized void close() {
		this.closed = true;
		RunningServer current = this.running;
		this.running = null;
		if (current != null) {
			current.stop();
		}
	}

	private RunningServer requireRunning() {
		RunningServer current = this.running;
		if (current == null) {
			throw new IllegalStateException("The server is not running");
		}
		return current;
	}

	private static String urlHost(String host) {
		if (host.equals("0.0.0.0") || host.equals("::")) {
			return "127.0.0.1";
		}
		return host.contains(":") ? "[" + host + "]" : host;
	}


	/**
	 * Configures a {@link LocalDataApiServer}.
	 */
	public static final class Builder {

		private String host = "127.0.0.1";

		private int port;

		private String username = "root";

		private @Nullable String password;

		private @Nullable String token;

		private String database = "app";

		private @Nullable String jdbcUrl;

		private boolean tls;

		private @Nullable Path caCertificateFile;

		private boolean goNumberFidelity = true;

		private boolean legacyErrorFormat;

		private long maxRequestBytes = 1024 * 1024;

		private int poolSize = 16;

		private Builder() {
		}

		/**
		 * Sets the address to listen on.
		 * @param host a host name or IP address; {@code 0.0.0.0} listens on every interface
		 * @return this builder
		 */
		public Builder host(String host) {
			this.host = requireText(host, "host");
			return this;
		}

		/**
		 * Sets the port to listen on.
		 * @param port the port, or 0 for a free one
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Sets the user name for Basic authentication.
		 * @param username the user name, without {@code :}
		 * @return this builder
		 */
		public Builder username(String username) {
			if (requireText(username, "username").contains(":")) {
				throw new IllegalArgumentException("username must not contain ':'");
			}
			this.username = username;
			return this;
		}

		/**
		 * Sets the password for Basic authentication.
		 * @param password the password, not empty; when never set, a random one is generated
		 * @return this builder
		 */
		public Builder password(String password) {
			this.password = requireText(password, "password");
			return this;
		}

		/**
		 * Sets a token that is accepted as {@code Authorization: Bearer <token>}.
		 * @param token the token, or {@code null} to accept only Basic authentication
		 * @return this builder
		 */
		public Builder token(@Nullable String token) {
			this.token = (token != null) ? requireText(token, "token") : null;
			return this;
		}

		/**
		 * Sets the database to create at start (a schema in H2).
		 * @param database the name; names are case-sensitive
		 * @return this builder
		 */
		public Builder database(String database) {
			this.database = requireText(database, "database");
			return this;
		}

		/**
		 * Sets the backing database. Without one, an in-memory H2 database in MySQL mode is created and dropped
		 * on close. H2 URLs get the full emulation; with other databases statements run unchanged and errors keep
		 * the database's own codes. Credentials go in the URL.
		 * @param jdbcUrl the JDBC URL, or {@code null} for the in-memory default
		 * @return this builder
		 */
		public Builder jdbcUrl(@Nullable String jdbcUrl) {
			this.jdbcUrl = (jdbcUrl != null) ? requireText(jdbcUrl, "jdbcUrl") : null;
			return this;
		}

		/**
		 * Serves HTTPS with a certificate signed by a CA generated at start.
		 * @param tls whether to use TLS
		 * @return this builder
		 */
		public Builder tls(boolean tls) {
			this.tls = tls;
			return this;
		}

		/**
		 * Sets where to write the generated CA certificate (PEM). Needs {@link #tls(boolean) TLS}.
		 * @param caCertificateFile the file, or {@code null} for a temporary file deleted on close
		 * @return this builder
		 */
		public Builder caCertificateFile(@Nullable Path caCertificateFile) {
			this.caCertificateFile = caCertificateFile;
			return this;
		}

		/**
		 * Sets whether numeric arguments pass through a 64-bit float, as the real server's Go JSON decoding does
		 * (integers above 2^53 lose digits), or bind exactly.
		 * @param goNumberFidelity {@code true} (the default) to reproduce the real server
		 * @return this builder
		 */
		public Builder goNumberFidelity(boolean goNumberFidelity) {
			this.goNumberFidelity = goNumberFidelity;
			return this;
		}

		/**
		 * Sets whether error bodies use the older {@code Error 1146: message} form instead of
		 * {@code Error 1146 (42S02): message}.
		 * @param legacyErrorFormat {@code true} for the older form
		 * @return this builder
		 */
		public Builder legacyErrorFormat(boolean legacyErrorFormat) {
			this.legacyErrorFormat = legacyErrorFormat;
			return this;
		}

		/**
		 * Sets the largest request body accepted; larger ones get status 413.
		 * @param maxRequestBytes the limit in bytes, 1 MiB by default as on the real server
		 * @return this builder
		 */
		public Builder maxRequestBytes(long maxRequestBytes) {
			if (maxRequestBytes < 1) {
				throw new IllegalArgumentException("maxRequestBytes must be at least 1, not " + maxRequestBytes);
			}
			this.maxRequestBytes = maxRequestBytes;
			return this;
		}

		/**
		 * Sets how many statements run at the same time: the number of pooled connections. Requests beyond it wait up
		 * to 30 seconds for a connection.
		 * @param poolSize the size, 16 by default
		 * @return this builder
		 */
		public Builder poolSize(int poolSize) {
			if (poolSize < 1) {
				throw new IllegalArgumentException("poolSize must be at least 1, not " + poolSize);
			}
			this.poolSize = poolSize;
			return this;
		}

		/**
		 * Creates the server, which is not started yet.
		 * @return the server
		 * @throws IllegalStateException if a CA certificate file is set without TLS
		 */
		public LocalDataApiServer build() {
			if (this.caCertificateFile != null && !this.tls) {
				throw new IllegalStateException("caCertificateFile needs tls(true)");
			}
			boolean inMemory = this.jdbcUrl == null;
			String inMemoryUrl = "jdbc:h2:mem:singlestore-http-local-" + UUID.randomUUID();
			String url = inMemory ? inMemoryUrl + H2_DATABASE_SETTINGS + H2_SESSION_SETTINGS : this.jdbcUrl;
			String requestUrl = inMemory ? inMemoryUrl + H2_SESSION_SETTINGS : this.jdbcUrl;
			boolean generatePassword = this.password == null;
			return new LocalDataApiServer(new ServerSettings(this.host, this.port, this.username,
					generatePassword ? randomPassword() : this.password, generatePassword, this.token, this.database, url,
					requestUrl, inMemory, this.tls, this.caCertificateFile, this.goNumberFidelity,
					this.legacyErrorFormat, this.maxRequestBytes, this.poolSize));
		}

		private static String randomPassword() {
			byte[] bytes = new byte[18];
			new SecureRandom().nextBytes(bytes);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}

		private static String requireText(String value, String name) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must not be empty");
			}
			return value;
		}

	}

}
