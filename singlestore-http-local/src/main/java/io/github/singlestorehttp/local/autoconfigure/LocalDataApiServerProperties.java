package io.github.singlestorehttp.local.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the local Data API server started when no {@code singlestore.http.url} is set.
 */
@ConfigurationProperties("singlestore.http.local")
public class LocalDataApiServerProperties {

	/**
	 * Whether to start a local, in-memory Data API server when no singlestore.http.url is set.
	 */
	private boolean enabled = true;

	/**
	 * Port to listen on. 0 picks a free port.
	 */
	private int port;

	/**
	 * Database to create and to run statements in.
	 */
	private String database = "app";

	/**
	 * JDBC URL of the database behind the server, such as jdbc:mariadb://localhost:3306/?user=root for MariaDB or
	 * MySQL. The server's own in-memory H2 database when not set.
	 */
	private @Nullable String jdbcUrl;

	/**
	 * User name for Basic authentication.
	 */
	private String username = "root";

	/**
	 * Password for Basic authentication. A random one is generated at every start when not set.
	 */
	private @Nullable String password;

	/**
	 * Whether to serve HTTPS with a certificate from a CA generated at start. The connection details then carry an
	 * SSL bundle that trusts it.
	 */
	private boolean tls;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = port;
	}

	public String getDatabase() {
		return this.database;
	}

	public void setDatabase(String database) {
		this.database = database;
	}

	public @Nullable String getJdbcUrl() {
		return this.jdbcUrl;
	}

	public void setJdbcUrl(@Nullable String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public boolean isTls() {
		return this.tls;
	}

	public void setTls(boolean tls) {
		this.tls = tls;
	}

}
