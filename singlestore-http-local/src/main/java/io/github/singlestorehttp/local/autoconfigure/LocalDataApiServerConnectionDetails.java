package io.github.singlestorehttp.local.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.singlestorehttp.autoconfigure.EmbeddedSingleStoreConnectionDetails;
import io.github.singlestorehttp.local.LocalDataApiServer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * Connection details that point at a running {@link LocalDataApiServer}. With TLS, the SSL bundle trusts the
 * server's generated CA.
 */
class LocalDataApiServerConnectionDetails implements EmbeddedSingleStoreConnectionDetails {

	private final LocalDataApiServer server;

	private final @Nullable SslBundle sslBundle;

	LocalDataApiServerConnectionDetails(LocalDataApiServer server) {
		this.server = server;
		this.sslBundle = server.caCertificateFile().map(LocalDataApiServerConnectionDetails::trusting).orElse(null);
	}

	@Override
	public String getUrl() {
		return this.server.url();
	}

	@Override
	public String getUsername() {
		return this.server.username();
	}

	@Override
	public String getPassword() {
		return this.server.password();
	}

	@Override
	public String getDatabase() {
		return this.server.database();
	}

	@Override
	public @Nullable SslBundle getSslBundle() {
		return this.sslBundle;
	}

	private static SslBundle trusting(Path caCertificateFile) {
		try {
			String pem = Files.readString(caCertificateFile);
			return SslBundle.of(new PemSslStoreBundle(null, PemSslStoreDetails.forCertificate(pem)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + caCertificateFile, ex);
		}
	}

}
