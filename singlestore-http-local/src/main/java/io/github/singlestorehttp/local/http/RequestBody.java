package io.github.singlestorehttp.local.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body of a SQL request after checking that it is JSON (415 otherwise) and no larger than the limit (413
 * otherwise). An oversized body is still read to its end, so the client receives the 413 instead of a reset
 * connection.
 */
final class RequestBody {

	private static final String JSON = "application/json";

	private final long maxBytes;

	RequestBody(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	byte[] read(HttpExchange exchange) throws IOException, ClientRequestException {
		requireJson(exchange.getRequestHeaders().getFirst("Content-Type"));
		try (InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (body.length > this.maxBytes) {
				in.transferTo(OutputStream.nullOutputStream());
				throw new ClientRequestException(413,
						"The request body exceeds the Data API limit of " + this.maxBytes + " bytes");
			}
			return body;
		}
	}

	private static void requireJson(@Nullable String contentType) throws ClientRequestException {
		String mediaType = (contentType != null) ? contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT) : "";
		if (!mediaType.equals(JSON)) {
			throw new ClientRequestException(415, "Unsupported Content-Type '" + ((contentType != null) ? contentType : "")
					+ "': send the request body as Content-Type: application/json");
		}
	}

}
