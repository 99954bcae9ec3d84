package io.github.singlestorehttp.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;

/**
 * {@link SingleStoreConnectionDetails} with fixed values, as an application's own bean would supply them.
 *
 * @param url the base URL
 * @param username the user name for Basic authentication
 * @param password the password
 * @param database the database
 * @param sslBundle the SSL bundle, or {@code null}
 */
record FixedConnectionDetails(String url, String username, @Nullable String password, @Nullable String database,
		@Nullable SslBundle sslBundle) implements SingleStoreConnectionDetails {

	@Override
	public String getUrl() {
		return this.url;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public @Nullable String getPassword() {
		return this.password;
	}

	@Override
	public @Nullable String getDatabase() {
		return this.database;
	}

	@Override
	public @Nullable SslBundle getSslBundle() {
		return this.sslBundle;
	}

}
