package io.github.singlestorehttp.local;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * HTTPS with a generated CA whose certificate clients trust through the written PEM file.
 */
class TlsTest {

	@Test
	void clientsTrustingTheWrittenCaReachTheServer() throws Exception {
		try (LocalDataApiServer server = LocalDataApiServer.builder().tls(true).build().start()) {
			Path caFile = server.caCertificateFile().orElseThrow();
			DataApiClient client = new DataApiClient(server, clientTrusting(caFile));

			assertThat(server.url()).isEqualTo("https://127.0.0.1:" + server.port());
			assertThat(Files.readString(caFile)).startsWith("-----BEGIN CERTIFICATE-----\n")
				.endsWith("-----END CERTIFICATE-----\n");
			assertThat(client.send(client.unauthenticated("/ping").GET()).body()).isEqualTo("pong");
			assertThat(client.rows("SELECT 1 AS x").body()).isEqualTo("{\"results\":[{\"rows\":[{\"x\":1}]}]}");
		}
	}

	@Test
	void theCertificateNamesLocalhost() throws Exception {
		try (LocalDataApiServer server = LocalDataApiServer.builder().tls(true).build().start()) {
			HttpClient trusting = clientTrusting(server.caCertificateFile().orElseThrow());
			HttpResponse<String> response = trusting.send(HttpRequest
				.newBuilder(URI.create("https://localhost:" + server.port() + "/ping"))
				.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(response.body()).isEqualTo("pong");
		}
	}

	@Test
	void clientsWithoutTheCaRefuseTheServer() {
		try (LocalDataApiServer server = LocalDataApiServer.builder().tls(true).build().start()) {
			DataApiClient client = new DataApiClient(server);

			assertThatExceptionOfType(UncheckedIOException.class)
				.isThrownBy(() -> client.send(client.unauthenticated("/ping").GET()))
				.withCauseInstanceOf(SSLHandshakeException.class);
		}
	}

	@Test
	void theCaFileGoesWhereAskedAndOutlivesTheServer(@TempDir Path directory) {
		Path caFile = directory.resolve("certs/ca.pem");
		try (LocalDataApiServer server = LocalDataApiServer.builder().tls(true).caCertificateFile(caFile).build()
			.start()) {
			assertThat(server.caCertificateFile()).hasValue(caFile);
		}
		assertThat(caFile).isNotEmptyFile();
	}

	@Test
	void aTemporaryCaFileIsDeletedOnClose() {
		LocalDataApiServer server = LocalDataApiServer.builder().tls(true).build().start();
		Path caFile = server.caCertificateFile().orElseThrow();

		server.close();

		assertThat(caFile).doesNotExist();
	}

	@Test
	void plainServersHaveNoCaFile() {
		try (LocalDataApiServer server = LocalDataApiServer.builder().build().start()) {
			assertThat(server.url()).startsWith("http://");
			assertThat(server.caCertificateFile()).isEmpty();
		}
	}

	static HttpClient clientTrusting(Path caFile) throws Exception {
		Certificate ca;
		try (InputStream in = Files.newInputStream(caFile)) {
			ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
		KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
		trustStore.load(null, null);
		trustStore.setCertificateEntry("local-ca", ca);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trustStore);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return HttpClient.newBuilder().sslContext(context).build();
	}

}
