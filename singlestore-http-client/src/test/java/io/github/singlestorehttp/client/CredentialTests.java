package io.github.singlestorehttp.client;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Credentials that cannot travel in an HTTP header are refused without their value appearing anywhere, and
 * no exception message repeats a header value.
 */
class CredentialTests {

	private static final String SECRET = "jwt-secret";

	@RegisterExtension
	final MockDataApi dataApi = new MockDataApi();

	@ParameterizedTest
	@ValueSource(strings = { SECRET + "\n", SECRET + "\r\nX-Injected: 1", "\t" + SECRET, SECRET + "\u0000",
			SECRET + "\u007f", SECRET + "\u0085" })
	void credentialsWithControlCharactersAreRefusedWhenConfigured(String secret) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataApi.templateBuilder().bearerToken(secret))
			.withMessageContaining("Bearer token contains a control character")
			.withMessageNotContaining(SECRET);
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataApi.templateBuilder().basicAuth("admin", secret))
			.withMessageContaining("password contains a control character")
			.withMessageNotContaining(SECRET);
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataApi.templateBuilder().basicAuth(secret, "pw"))
			.withMessageContaining("user name contains a control character")
			.withMessageNotContaining(SECRET);
	}

	@Test
	void tokensThatAreNotAsciiAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataApi.templateBuilder().bearerToken(SECRET + "é"))
			.withMessageContaining("Bearer token contains a character outside printable ASCII")
			.withMessageNotContaining(SECRET);
	}

	@Test
	void tokenFromASupplierWithAControlCharacterFailsTheCallOnceWithoutItsValue() {
		this.dataApi.server().enqueue(MockDataApi.json("{\"results\":[]}"));
		AtomicInteger asked = new AtomicInteger();
		SingleStoreTemplate template = this.dataApi.templateBuilder().retry(RetrySettings.defaults()).bearerToken(() -> {
			asked.incrementAndGet();
			return SECRET + "\n";
		}).build();
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(() -> template.query("SELECT 1"))
			.withMessageContaining("Bearer token from the token supplier contains a control character")
			.withMessageNotContaining(SECRET)
			.satisfies((ex) -> assertThat(ex.getCause()).isNull());
		assertThat(asked).hasValue(1);
		assertThat(this.dataApi.server().getRequestCount()).isZero();
	}

	@Test
	void transportFailuresDoNotRepeatTheMessageOfTheirCause() {
		IOException headerRefused = new IOException("invalid header value: \"Bearer " + SECRET + "\"");
		SingleStoreTemplate template = this.dataApi.templateBuilder()
			.webClientBuilder(WebClient.builder().filter(ExchangeFilterFunction.ofRequestProcessor((request) -> Mono.error(headerRefused))))
			.bearerToken("t")
			.build();
		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(() -> template.query("SELECT 1"))
			.withMessageContaining("POST /api/v2/query/tuples failed in transport (IOException)")
			.withMessageNotContaining(SECRET)
			.havingCause()
			.isSameAs(headerRefused);
	}

}
