package io.github.singlestorehttp.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Details required to establish a connection to a SingleStore Data API endpoint.
 * <p>
 * The default implementation is backed by {@code singlestore.http.*} properties. Define a bean of this
 * type to supply the details from elsewhere (a local server, a test container, a secret store).
 */
public interface SingleStoreConnectionDetails extends ConnectionDetails {

	/**
	 * Base URL of the Data API, for example {@code https://svc-abc.singlestore.com} or
	 * {@code http://127.0.0.1:9000}.
	 * @return the base URL, without the {@code /api/v2} path
	 */
	String getUrl();

	/**
	 * User name for Basic authentication.
	 * @return the user name, or {@code null} when Bearer authentication is used
	 */
	@Nullable String getUsername();

	/**
	 * Password for Basic authentication.
	 * @return the password, or {@code null}
	 */
	@Nullable String getPassword();

	/**
	 * Static Bearer token (JWT).
	 * @return the token, or {@code null} when Basic authentication is used
	 */
	default @Nullable String getToken() {
		return null;
	}

	/**
	 * Database that statements run in.
	 * @return the database name, or {@code null} to run without a default database
	 */
	@Nullable String getDatabase();

	/**
	 * SSL bundle that configures trust (and optionally client certificates) for HTTPS.
	 * @return the bundle, or {@code null} to use the JVM's default trust store
	 */
	default @Nullable SslBundle getSslBundle() {
		return null;
	}

}
