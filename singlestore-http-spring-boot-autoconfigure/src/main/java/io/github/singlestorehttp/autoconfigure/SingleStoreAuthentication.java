package io.github.singlestorehttp.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.util.StringUtils;

/**
 * The one authentication mode of the Data API client: Basic (user name and password), a static Bearer
 * token, or Bearer tokens from a {@link SingleStoreTokenSupplier}. Resolving it fails with a message that
 * says what to set when none or more than one is configured, or when a credential holds a control character
 * (never with the credential's value).
 */
final class SingleStoreAuthentication {

	private static final String HOW_TO_CONFIGURE = "Configure exactly one of: singlestore.http.username "
			+ "(with singlestore.http.password) for Basic authentication, singlestore.http.token for a static "
			+ "Bearer token, or a SingleStoreTokenSupplier bean for rotating Bearer tokens.";

	private final Consumer<SingleStoreTemplate.Builder> configurer;

	private SingleStoreAuthentication(Consumer<SingleStoreTemplate.Builder> configurer) {
		this.configurer = configurer;
	}

	/**
	 * Resolve the authentication mode.
	 * @param details the connection details that may carry credentials
	 * @param tokenSupplier the application's token supplier, or {@code null} when it has none
	 * @return the authentication
	 * @throws InvalidSingleStoreConfigurationException when none or more than one mode is configured
	 */
	static SingleStoreAuthentication resolve(SingleStoreConnectionDetails details,
			@Nullable SingleStoreTokenSupplier tokenSupplier) {
		String username = textOrNull(details.getUsername());
		String password = textOrNull(details.getPassword());
		String token = textOrNull(details.getToken());
		requireNoControlCharacter(username, "user name", "singlestore.http.username");
		requireNoControlCharacter(password, "password", "singlestore.http.password");
		requireNoControlCharacter(token, "token", "singlestore.http.token");
		if (username == null && password != null) {
			throw new InvalidSingleStoreConfigurationException(
					"A Data API password is configured without a user name.",
					"Set singlestore.http.username as well, or remove singlestore.http.password.");
		}
		List<String> modes = new ArrayList<>();
		if (username != null) {
			modes.add("singlestore.http.username");
		}
		if (token != null) {
			modes.add("singlestore.http.token");
		}
		if (tokenSupplier != null) {
			modes.add("a SingleStoreTokenSupplier bean");
		}
		if (modes.isEmpty()) {
			throw new InvalidSingleStoreConfigurationException("No Data API authentication is configured.",
					HOW_TO_CONFIGURE);
		}
		if (modes.size() > 1) {
			throw new InvalidSingleStoreConfigurationException(
					"Conflicting Data API authentication is configured: " + String.join(" and ", modes) + ".",
					HOW_TO_CONFIGURE);
		}
		if (username != null) {
			return new SingleStoreAuthentication((builder) -> builder.basicAuth(username, password));
		}
		if (token != null) {
			return new SingleStoreAuthentication((builder) -> builder.bearerToken(token));
		}
		return new SingleStoreAuthentication((builder) -> builder.bearerToken(tokenSupplier::getToken));
	}

	/**
	 * Refuse a credential with a control character (a line break from a secrets file or a YAML block
	 * scalar): it cannot travel in an HTTP header, and connectors quote such headers in their messages.
	 */
	private static void requireNoControlCharacter(@Nullable String value, String subject, String property) {
		if (value != null && value.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidSingleStoreConfigurationException("The configured Data API " + subject
					+ " contains a control character, such as a line break from a secrets file.",
					"Remove it from " + property + " (or from where the SingleStoreConnectionDetails bean reads it).");
		}
	}

	private static @Nullable String textOrNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value : null;
	}

	/**
	 * Configure a template builder to authenticate this way.
	 * @param builder the builder
	 */
	void applyTo(SingleStoreTemplate.Builder builder) {
		this.configurer.accept(builder);
	}

}
