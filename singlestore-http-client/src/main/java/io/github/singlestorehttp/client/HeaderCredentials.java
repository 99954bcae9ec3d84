package io.github.singlestorehttp.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Builds the {@code Authorization} header values, refusing credentials that cannot travel in a header: a
 * control character (a line break from a secrets file or a YAML block scalar) anywhere, and, in a Bearer
 * token, any character outside printable ASCII. HTTP connectors reject such headers with messages that
 * quote them; refusing them first, with messages that never contain the value, keeps the secret out of
 * exceptions and logs.
 */
final class HeaderCredentials {

	private HeaderCredentials() {
	}

	/**
	 * The header value of Basic authentication.
	 * @param username the user
	 * @param password the password, or {@code null} for none
	 * @return the header value
	 * @throws IllegalArgumentException when the user name or password holds a control character
	 */
	static String basic(String username, @Nullable String password) {
		requireNoControlCharacter(username, "The Data API user name");
		String secret = (password != null) ? password : "";
		requireNoControlCharacter(secret, "The Data API password");
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Check a static Bearer token.
	 * @param token the token
	 * @return the token
	 * @throws IllegalArgumentException when the token cannot travel in a header
	 */
	static String checkedToken(String token) {
		String problem = tokenProblem(token);
		if (problem != null) {
			throw new IllegalArgumentException("The Data API Bearer token " + problem);
		}
		return token;
	}

	/**
	 * The header values of Bearer tokens asked for on every request. A token that cannot travel in a header
	 * fails the call with an {@link InvalidDataAccessApiUsageException}, which is not retried.
	 * @param tokens supplies the tokens
	 * @return the header values
	 */
	static Supplier<String> bearer(Supplier<String> tokens) {
		return () -> {
			String token = tokens.get();
			String problem = (token != null) ? tokenProblem(token) : "is null";
			if (problem != null) {
				throw new InvalidDataAccessApiUsageException("The Data API Bearer token from the token supplier "
						+ problem);
			}
			return "Bearer " + token;
		};
	}

	private static @Nullable String tokenProblem(String token) {
		if (token.chars().anyMatch(Character::isISOControl)) {
			return "contains a control character, such as a line break from a secrets file; remove it";
		}
		if (token.chars().anyMatch((c) -> c < 0x20 || c > 0x7e)) {
			return "contains a character outside printable ASCII, which no token has; check where it comes from";
		}
		return null;
	}

	private static void requireNoControlCharacter(String value, String subject) {
		if (value.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException(subject + " contains a control character, such as a line break from "
					+ "a secrets file; remove it");
		}
	}

}
