package io.github.singlestorehttp.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DataApiUrlTests {

	@Test
	void httpsIsAssumedAndTrailingPartsAreRemoved() {
		assertThat(DataApiUrl.normalize("svc-1.singlestore.com", false)).isEqualTo("https://svc-1.singlestore.com");
		assertThat(DataApiUrl.normalize("https://svc-1.singlestore.com:443/api/v2/", false))
			.isEqualTo("https://svc-1.singlestore.com:443");
	}

	@Test
	void plainHttpIsAcceptedForLoopbackOnly() {
		assertThat(DataApiUrl.normalize("http://127.0.0.1:9000", false)).isEqualTo("http://127.0.0.1:9000");
		assertThat(DataApiUrl.normalize("http://localhost:9000", false)).isEqualTo("http://localhost:9000");
		assertThat(DataApiUrl.normalize("http://[::1]:9000", false)).isEqualTo("http://[::1]:9000");
		assertThatIllegalArgumentException().isThrownBy(() -> DataApiUrl.normalize("http://db.example.com", false))
			.withMessageContaining("singlestore.http.allow-insecure");
		assertThatIllegalArgumentException().isThrownBy(() -> DataApiUrl.normalize("http://127.evil.com", false));
		assertThat(DataApiUrl.normalize("http://db.example.com", true)).isEqualTo("http://db.example.com");
	}

	@Test
	void onlyLocalhost127SlashEightAndIpv6LoopbackCountAsLoopback() {
		for (String loopback : new String[] { "http://LocalHost:9000", "http://127.255.0.1", "http://127.0.0.0",
				"http://[0:0:0:0:0:0:0:1]:9000", "http://[0::1]" }) {
			assertThat(DataApiUrl.normalize(loopback, false)).isEqualTo(loopback);
		}
		for (String remote : new String[] { "http://app.localhost:9000", "http://localhost.example.com",
				"http://127.0.0.1.nip.io", "http://128.0.0.1", "http://[::2]" }) {
			assertThatIllegalArgumentException().as(remote).isThrownBy(() -> DataApiUrl.normalize(remote, false))
				.withMessageContaining("singlestore.http.allow-insecure");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> DataApiUrl.normalize("http://127.0.0.256", false));
	}

	@Test
	void credentialsInTheUrlAndOtherSchemesAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataApiUrl.normalize("https://root:pw@db.example.com", false))
			.withMessageNotContaining("pw");
		assertThatIllegalArgumentException().isThrownBy(() -> DataApiUrl.normalize("ftp://db.example.com", false));
		assertThatIllegalArgumentException().isThrownBy(() -> DataApiUrl.normalize(" ", false));
	}

}
