package io.github.singlestorehttp.local.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Checks {@code Authorization} headers: {@code Basic} with the configured user and password, or {@code Bearer} with
 * the configured token. Secrets are compared as SHA-256 digests with {@link MessageDigest#isEqual}, which takes the
 * same time wherever the inputs differ.
 */
public final class Authenticator {

	private static final String BASIC = "basic ";

	private static final String BEARER = "bearer ";

	private final byte[] username;

	private final byte[] password;

	private final byte @Nullable [] token;

	/**
	 * Creates an authenticator.
	 * @param username the user name for Basic authentication
	 * @param password the password for Basic authentication
	 * @param token the Bearer token, or {@code null} to refuse Bearer authentication
	 */
	public Authenticator(String username, String password, @Nullable String token) {
		this.username = digest(username);
		this.password = digest(password);
		this.token = (token != null) ? digest(token) : null;
	}

	/**
	 * Tells whether a request's credentials are valid.
	 * @param authorization the {@code Authorization} header, or {@code null}
	 * @return {@code true} if the request may proceed
	 */
	public boolean isAuthorized(@Nullable String authorization) {
		if (authorization == null) {
			return false;
		}
		if (authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			return isValidBasic(authorization.substring(BASIC.length()).strip());
		}
		if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return this.token != null
					&& MessageDigest.isEqual(this.token, digest(authorization.substring(BEARER.length()).strip()));
		}
		return false;
	}

	private boolean isValidBasic(String encoded) {
		String credentials;
		try {
			credentials = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
		int colon = credentials.indexOf(':');
		if (colon < 0) {
			return false;
		}
		boolean userMatches = MessageDigest.isEqual(this.username, digest(credentials.substring(0, colon)));
		boolean passwordMatches = MessageDigest.isEqual(this.password, digest(credentials.substring(colon + 1)));
		return userMatches & passwordMatches;
	}

	private static byte[] digest(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
