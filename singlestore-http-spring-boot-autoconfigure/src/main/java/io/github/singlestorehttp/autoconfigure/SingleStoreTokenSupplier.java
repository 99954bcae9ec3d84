package io.github.singlestorehttp.autoconfigure;

/**
 * Supplies the Bearer token (JWT) of the Data API. Define a bean of this type to authenticate with
 * tokens that rotate: it is asked on every request, so it should return quickly (cache the current
 * token and refresh it ahead of its expiry).
 * <p>
 * Mutually exclusive with {@code singlestore.http.username} and {@code singlestore.http.token}.
 */
@FunctionalInterface
public interface SingleStoreTokenSupplier {

	/**
	 * Return the token to send in the {@code Authorization: Bearer} header of the next request.
	 * @return the current token, without the {@code Bearer } prefix
	 */
	String getToken();

}
