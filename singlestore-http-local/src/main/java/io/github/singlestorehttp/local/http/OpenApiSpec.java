package io.github.singlestorehttp.local.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI description of the endpoints this server offers, served by {@code GET /api/v2/spec}.
 */
final class OpenApiSpec {

	private static final String RESOURCE = "openapi.yaml";

	private OpenApiSpec() {
	}

	static String load() {
		try (InputStream in = OpenApiSpec.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
