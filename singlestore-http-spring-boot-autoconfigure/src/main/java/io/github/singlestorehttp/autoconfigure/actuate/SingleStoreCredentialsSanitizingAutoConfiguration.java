package io.github.singlestorehttp.autoconfigure.actuate;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a {@link SanitizingFunction} that masks {@code singlestore.http.password},
 * {@code singlestore.http.token} and the password of the local server, {@code singlestore.http.local.password}, in the
 * actuator's {@code env} and {@code configprops} endpoints.
 * <p>
 * The actuator masks every value by default ({@code show-values=never}), but an application that sets
 * {@code show-values} to {@code always} or {@code when-authorized} sees all values unless a sanitizing
 * function masks them: this one keeps the Data API credentials masked even then. It matches the property
 * names in any relaxed form, including the environment variables {@code SINGLESTORE_HTTP_PASSWORD},
 * {@code SINGLESTORE_HTTP_TOKEN} and {@code SINGLESTORE_HTTP_LOCAL_PASSWORD}.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class SingleStoreCredentialsSanitizingAutoConfiguration {

	private static final String CREDENTIAL_KEYS = "^singlestore[._]http[._](password|token|local[._]password)$";

	@Bean
	@ConditionalOnMissingBean(name = "singleStoreCredentialsSanitizingFunction")
	SanitizingFunction singleStoreCredentialsSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(CREDENTIAL_KEYS);
	}

}
