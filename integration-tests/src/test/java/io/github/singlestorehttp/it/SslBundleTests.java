package io.github.singlestorehttp.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured template reaches an HTTPS Data API whose CA is trusted through a Spring SSL bundle:
 * the local server's generated CA certificate.
 */
class SslBundleTests {

	private static LocalDataApiServer server;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
				SingleStoreHttpAutoConfiguration.class))
		.withPropertyValues("singlestore.http.url=" + server.url(), "singlestore.http.username=" + server.username(),
				"singlestore.http.password=" + server.password(), "singlestore.http.database=" + server.database(),
				"singlestore.http.retry.max-retries=0");

	@BeforeAll
	static void startServer() {
		server = LocalDataApiServer.builder().password("tls-secret").tls(true).build().start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void bundleTrustingTheGeneratedCaReachesTheServer() {
		assertThat(server.url()).startsWith("https://");
		String ca = server.caCertificateFile().orElseThrow().toUri().toString();
		this.contextRunner
			.withPropertyValues("spring.ssl.bundle.pem.local-ca.truststore.certificate=" + ca,
					"singlestore.http.ssl.bundle=local-ca")
			.run((context) -> assertThat(context.getBean(SingleStoreTemplate.class).query("SELECT 1 AS one"))
				.containsExactly(java.util.Map.of("one", 1)));
	}

	@Test
	void withoutTheBundleTheServerIsNotTrusted() {
		this.contextRunner.run((context) -> assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> context.getBean(SingleStoreTemplate.class).query("SELECT 1 AS one")));
	}

}
