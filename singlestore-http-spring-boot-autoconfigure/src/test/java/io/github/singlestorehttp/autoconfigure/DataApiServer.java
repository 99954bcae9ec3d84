package io.github.singlestorehttp.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link MockWebServer} on loopback that stands in for the Data API in one test, with the JSON answers
 * the tests need. Register it with {@code @RegisterExtension} on an instance field, so that each test
 * gets its own server.
 */
public final class DataApiServer implements BeforeEachCallback, AfterEachCallback {

	/** A {@code /query/tuples} answer to {@code SELECT 1}. */
	public static final String SELECT_ONE = """
			{"results":[{"columns":[{"name":"1","dataType":"BIGINT","nullable":false}],"rows":[[1]]}]}""";

	/** An {@code /exec} answer for one affected row. */
	public static final String ONE_ROW_AFFECTED = """
			{"lastInsertId":0,"rowsAffected":1}""";

	private final MockWebServer server = new MockWebServer();

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.server.close();
	}

	/**
	 * The running server.
	 * @return the server
	 */
	public MockWebServer server() {
		return this.server;
	}

	/**
	 * The property that points the auto-configured client at this server.
	 * @return {@code singlestore.http.url=...}
	 */
	public String urlProperty() {
		return "singlestore.http.url=" + url();
	}

	/**
	 * The base URL of this server.
	 * @return the URL
	 */
	public String url() {
		return this.server.url("/").toString();
	}

	/**
	 * Answer the next request with a JSON body.
	 * @param body the body
	 */
	public void enqueueJson(String body) {
		this.server.enqueue(json(body));
	}

	/**
	 * A 200 response with a JSON body.
	 * @param body the body
	 * @return the response
	 */
	public static MockResponse json(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
	}

	/**
	 * A loopback URL on which nothing listens.
	 * @return the URL
	 */
	public static String closedUrl() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return "http://127.0.0.1:" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
