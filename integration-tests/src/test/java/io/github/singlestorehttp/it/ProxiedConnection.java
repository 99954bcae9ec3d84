package io.github.singlestorehttp.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * One client connection through a {@link FaultInjectingProxy} and its connection to the server, relayed by two
 * threads: one copies requests to the server, the other copies responses back. HTTP/1.1 clients without pipelining
 * send a request only after the previous response arrived, so bytes from the client after response bytes start a
 * new exchange; that is when the {@link FaultPlan} decides the exchange's fault. Any fault, end of stream or I/O
 * error closes both sockets.
 */
final class ProxiedConnection {

	private static final int BUFFER_SIZE = 16 * 1024;

	private static final byte[] HEAD_END = { '\r', '\n', '\r', '\n' };

	private final Socket client;

	private final Socket server;

	private final FaultPlan plan;

	private final Runnable refuseConnections;

	private final Consumer<ProxiedConnection> onClosed;

	private final Consumer<byte[]> forwardedRequests;

	private final ByteArrayOutputStream forwarded = new ByteArrayOutputStream();

	private final AtomicBoolean closed = new AtomicBoolean();

	private final Object lock = new Object();

	private boolean awaitingRequest = true;

	private @Nullable ProxyFault fault;

	/**
	 * Create a connection.
	 * @param client the accepted client socket
	 * @param server the connected server socket
	 * @param plan decides the faults
	 * @param refuseConnections makes the proxy refuse new connections for a while
	 * @param onClosed told once when both sockets are closed
	 * @param forwardedRequests told the bytes of each request forwarded to the server, when its response starts or
	 * the connection closes
	 */
	ProxiedConnection(Socket client, Socket server, FaultPlan plan, Runnable refuseConnections,
			Consumer<ProxiedConnection> onClosed, Consumer<byte[]> forwardedRequests) {
		this.client = client;
		this.server = server;
		this.plan = plan;
		this.refuseConnections = refuseConnections;
		this.onClosed = onClosed;
		this.forwardedRequests = forwardedRequests;
	}

	/**
	 * Copy requests from the client to the server until either side closes; runs on its own thread.
	 */
	void relayRequests() {
		byte[] buffer = new byte[BUFFER_SIZE];
		try {
			InputStream in = this.client.getInputStream();
			OutputStream out = this.server.getOutputStream();
			int count;
			while ((count = in.read(buffer)) != -1) {
				ProxyFault current = requestBytesArrived();
				if (current == ProxyFault.DROP_REQUEST || current == ProxyFault.REFUSE_CONNECTIONS) {
					this.plan.injected(current);
					if (current == ProxyFault.REFUSE_CONNECTIONS) {
						this.refuseConnections.run();
					}
					return;
				}
				synchronized (this.lock) {
					// Recorded before forwarding: the response may start before this thread runs again
					this.forwarded.write(buffer, 0, count);
				}
				out.write(buffer, 0, count);
				out.flush();
			}
		}
		catch (IOException ex) {
			// Either side went away: the connection ends
		}
		finally {
			close();
		}
	}

	/**
	 * Copy responses from the server to the client until either side closes; runs on its own thread.
	 */
	void relayResponses() {
		byte[] buffer = new byte[BUFFER_SIZE];
		try {
			InputStream in = this.server.getInputStream();
			OutputStream out = this.client.getOutputStream();
			int count;
			while ((count = in.read(buffer)) != -1) {
				ProxyFault current = responseBytesArrived();
				if (current == ProxyFault.DROP_RESPONSE) {
					this.plan.injected(current);
					return;
				}
				if (current == ProxyFault.CUT_RESPONSE) {
					relayPart(in, out, buffer, count);
					this.plan.injected(current);
					return;
				}
				out.write(buffer, 0, count);
				out.flush();
			}
		}
		catch (IOException ex) {
			// Either side went away: the connection ends
		}
		finally {
			close();
		}
	}

	/**
	 * Close both sockets; the first call tells the proxy.
	 */
	void close() {
		if (this.closed.compareAndSet(false, true)) {
			closeQuietly(this.client);
			closeQuietly(this.server);
			synchronized (this.lock) {
				reportForwardedRequest();
			}
			this.onClosed.accept(this);
		}
	}

	private @Nullable ProxyFault requestBytesArrived() {
		synchronized (this.lock) {
			if (this.awaitingRequest) {
				this.awaitingRequest = false;
				this.fault = this.plan.nextExchange();
			}
			return this.fault;
		}
	}

	private @Nullable ProxyFault responseBytesArrived() {
		synchronized (this.lock) {
			this.awaitingRequest = true;
			reportForwardedRequest();
			return this.fault;
		}
	}

	private void reportForwardedRequest() {
		if (this.forwarded.size() > 0) {
			this.forwardedRequests.accept(this.forwarded.toByteArray());
			this.forwarded.reset();
		}
	}

	/**
	 * Relay the response's head and about half of the body bytes that arrive with it or right after it. Reads until
	 * at least two body bytes are in, so that at least one body byte is relayed and at least one is not.
	 */
	private static void relayPart(InputStream in, OutputStream out, byte[] buffer, int count) throws IOException {
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		response.write(buffer, 0, count);
		int bodyStart = bodyStart(response.toByteArray());
		while (bodyStart < 0 || response.size() - bodyStart < 2) {
			int more = in.read(buffer);
			if (more == -1) {
				break;
			}
			response.write(buffer, 0, more);
			bodyStart = bodyStart(response.toByteArray());
		}
		byte[] bytes = response.toByteArray();
		int cut = (bodyStart < 0) ? bytes.length / 2 : bodyStart + (bytes.length - bodyStart) / 2;
		out.write(bytes, 0, cut);
		out.flush();
	}

	private static int bodyStart(byte[] bytes) {
		for (int i = 0; i <= bytes.length - HEAD_END.length; i++) {
			if (Arrays.equals(bytes, i, i + HEAD_END.length, HEAD_END, 0, HEAD_END.length)) {
				return i + HEAD_END.length;
			}
		}
		return -1;
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already broken: nothing left to release
		}
	}

}
