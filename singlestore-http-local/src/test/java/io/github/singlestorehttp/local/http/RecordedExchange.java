package io.github.singlestorehttp.local.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * An exchange that a handler answers in memory, recording the status and body it sends.
 */
final class RecordedExchange extends HttpExchange {

	private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9000);

	private final Headers requestHeaders = new Headers();

	private final Headers responseHeaders = new Headers();

	private final String method;

	private final URI uri;

	private final InputStream requestBody;

	private final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();

	private int responseCode = -1;

	RecordedExchange(String method, String path, String body) {
		this.method = method;
		this.uri = URI.create(path);
		this.requestBody = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
	}

	String responseText() {
		return this.responseBody.toString(StandardCharsets.UTF_8);
	}

	@Override
	public Headers getRequestHeaders() {
		return this.requestHeaders;
	}

	@Override
	public Headers getResponseHeaders() {
		return this.responseHeaders;
	}

	@Override
	public URI getRequestURI() {
		return this.uri;
	}

	@Override
	public String getRequestMethod() {
		return this.method;
	}

	@Override
	public HttpContext getHttpContext() {
		throw new UnsupportedOperationException("No context in memory");
	}

	@Override
	public void close() {
	}

	@Override
	public InputStream getRequestBody() {
		return this.requestBody;
	}

	@Override
	public OutputStream getResponseBody() {
		return this.responseBody;
	}

	@Override
	public void sendResponseHeaders(int rCode, long responseLength) {
		this.responseCode = rCode;
	}

	@Override
	public InetSocketAddress getRemoteAddress() {
		return LOOPBACK;
	}

	@Override
	public int getResponseCode() {
		return this.responseCode;
	}

	@Override
	public InetSocketAddress getLocalAddress() {
		return LOOPBACK;
	}

	@Override
	public String getProtocol() {
		return "HTTP/1.1";
	}

	@Override
	public @Nullable Object getAttribute(String name) {
		return null;
	}

	@Override
	public void setAttribute(String name, @Nullable Object value) {
	}

	@Override
	public void setStreams(@Nullable InputStream i, @Nullable OutputStream o) {
		throw new UnsupportedOperationException("Streams are fixed in memory");
	}

	@Override
	public @Nullable HttpPrincipal getPrincipal() {
		return null;
	}

}
