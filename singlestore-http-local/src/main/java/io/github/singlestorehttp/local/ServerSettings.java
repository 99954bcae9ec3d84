package io.github.singlestorehttp.local;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The settings a {@link LocalDataApiServer} was built with, defaults resolved.
 *
 * @param host the address to listen on
 * @param port the port, 0 for a free one
 * @param username the Basic user name
 * @param password the Basic password
 * @param passwordGenerated whether the password was generated rather than given
 * @param token the Bearer token, or {@code null}
 * @param database the database to create at start
 * @param jdbcUrl the backing database, with the rights to prepare it
 * @param requestJdbcUrl the backing database for request connections, which for the in-memory database leaves out
 * the settings that need admin rights
 * @param inMemory whether the backing database is the server's own in-memory one, where requests run as a user
 * without admin rights and which is dropped on close
 * @param tls whether to serve HTTPS
 * @param caCertificateFile where to write the CA certificate, or {@code null} for a temporary file
 * @param goNumberFidelity whether numeric arguments pass through a 64-bit float
 * @param legacyErrorFormat whether errors leave the SQLSTATE out
 * @param maxRequestBytes the largest accepted request body
 * @param poolSize the number of pooled connections
 */
record ServerSettings(String host, int port, String username, String password, boolean passwordGenerated,
		@Nullable String token, String database, String jdbcUrl, String requestJdbcUrl, boolean inMemory, boolean tls,
		@Nullable Path caCertificateFile, boolean goNumberFidelity, boolean legacyErrorFormat, long maxRequestBytes,
		int poolSize) {

	/**
	 * Describes the settings without the password, the token or the passwords of the JDBC URL.
	 * @return the description
	 */
	@Override
	public String toString() {
		return "ServerSettings[host=" + this.host + ", port=" + this.port + ", username=" + this.username
				+ ", database=" + this.database + ", jdbcUrl=" + JdbcUrlPasswords.masked(this.jdbcUrl) + ", tls="
				+ this.tls + ", poolSize=" + this.poolSize + "]";
	}

}
