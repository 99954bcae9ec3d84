package io.github.singlestorehttp.client;

import java.io.IOException;
import java.net.InetAddress;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link MockWebServer} on the loopback address for each test, standing in for the Data API, with
 * builders of its typical answers.
 */
public final class MockDataApi implements BeforeEachCallback, AfterEachCallback {

	private MockWebServer server;

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		this.server = new MockWebServer();
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.server.close();
	}

	/**
	 * The server of the current test.
	 * @return the server
	 */
	public MockWebServer server() {
		return this.server;
	}

	/**
	 * The base URL of the server.
	 * @return the URL
	 */
	public String url() {
		return this.server.url("/").toString();
	}

	/**
	 * A template builder for the server, without retries unless the test sets them.
	 * @return the builder
	 */
	public SingleStoreTemplate.Builder templateBuilder() {
		return SingleStoreTemplate.builder().url(url()).retry(RetrySettings.none());
	}

	/**
	 * A 200 answer with a JSON body.
	 * @param body the body
	 * @return the answer
	 */
	public static MockResponse json(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
	}

	/**
	 * An answer with a status and a plain-text body.
	 * @param status the status
	 * @param body the body
	 * @return the answer
	 */
	public static MockResponse text(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "text/plain").body(body).build();
	}

}
