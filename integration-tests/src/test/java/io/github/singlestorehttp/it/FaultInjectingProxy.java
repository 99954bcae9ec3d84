package io.github.singlestorehttp.it;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A TCP proxy on the loopback interface, in front of an HTTP/1.1 server, that injects network faults into a
 * configurable share of the exchanges passing through it (see {@link ProxyFault} and {@link FaultPlan}). Each
 * connection is relayed by two threads named {@value #THREAD_PREFIX}…; {@link #close()} closes every connection and
 * waits for all of the proxy's threads to end.
 * <pre class="code">
 * try (FaultInjectingProxy proxy = FaultInjectingProxy.start(server.port(), new FaultPlan(42, 0.03, faults),
 *         Duration.ofMillis(15), (request) -&gt; { })) {
 *     proxy.plan().arm(true);
 *     // point a client at proxy.url()
 * }
 * </pre>
 */
final class FaultInjectingProxy implements AutoCloseable {

	/** The name prefix of the proxy's threads. */
	static final String THREAD_PREFIX = "fault-proxy-";

	private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

	private static final int BIND_ATTEMPTS = 100;

	private static final long STOP_SECONDS = 10;

	private final InetSocketAddress target;

	private final FaultPlan plan;

	private final Duration refusalPause;

	private final Consumer<byte[]> forwardedRequests;

	private final int port;

	private final Object listenerLock = new Object();

	private final ExecutorService threads;

	private final Set<ProxiedConnection> connections = ConcurrentHashMap.newKeySet();

	private final AtomicInteger accepted = new AtomicInteger();

	private final AtomicInteger refusals = new AtomicInteger();

	private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();

	private ServerSocket listener;

	private boolean refusing;

	private volatile boolean closed;

	private FaultInjectingProxy(int targetPort, FaultPlan plan, Duration refusalPause,
			Consumer<byte[]> forwardedRequests) throws IOException {
		this.target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
		this.plan = plan;
		this.refusalPause = refusalPause;
		this.forwardedRequests = forwardedRequests;
		this.listener = listen(0);
		this.port = this.listener.getLocalPort();
		AtomicInteger threadCount = new AtomicInteger();
		this.threads = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, THREAD_PREFIX + threadCount.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Start a proxy on a free loopback port.
	 * @param targetPort the loopback port of the server behind the proxy
	 * @param plan decides and counts the faults
	 * @param refusalPause how long the proxy refuses new connections after a
	 * {@link ProxyFault#REFUSE_CONNECTIONS} fault
	 * @param forwardedRequests told the bytes (head and body) of every request forwarded to the server, from the
	 * proxy's threads, once its response starts or its connection closes
	 * @return the running proxy
	 * @throws IOException if the proxy cannot listen
	 */
	static FaultInjectingProxy start(int targetPort, FaultPlan plan, Duration refusalPause,
			Consumer<byte[]> forwardedRequests) throws IOException {
		FaultInjectingProxy proxy = new FaultInjectingProxy(targetPort, plan, refusalPause, forwardedRequests);
		proxy.threads.execute(proxy::acceptConnections);
		return proxy;
	}

	/**
	 * The proxy's URL.
	 * @return {@code http://127.0.0.1:PORT}
	 */
	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * The plan deciding the faults.
	 * @return the plan
	 */
	FaultPlan plan() {
		return this.plan;
	}

	/**
	 * How many client connections the proxy accepted.
	 * @return the count
	 */
	int acceptedConnections() {
		return this.accepted.get();
	}

	/**
	 * How many client connections are open now.
	 * @return the count
	 */
	int openConnections() {
		return this.connections.size();
	}

	/**
	 * Wait until at most {@code count} client connections are open: a connection the client closed stays open here
	 * until its relay thread reads the end of the stream.
	 * @param count the most connections expected
	 * @param patience how long to wait
	 * @return the number of connections open when the wait ended
	 */
	int awaitOpenConnectionsAtMost(int count, Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (this.connections.size() > count && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		return this.connections.size();
	}

	/**
	 * How many times the proxy stopped listening to refuse new connections.
	 * @return the count
	 */
	int refusalPauses() {
		return this.refusals.get();
	}

	/**
	 * What went wrong inside the proxy itself (not on its connections), if anything.
	 * @return the first such failure, or {@code null}
	 */
	@Nullable Throwable failure() {
		return this.failure.get();
	}

	/**
	 * Stop listening, close every connection and wait for the proxy's threads to end.
	 * @throws IllegalStateException if a thread does not end
	 */
	@Override
	public void close() {
		this.closed = true;
		synchronized (this.listenerLock) {
			closeQuietly(this.listener);
		}
		List.copyOf(this.connections).forEach(ProxiedConnection::close);
		this.threads.shutdownNow();
		try {
			if (!this.threads.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The proxy's threads did not end");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the proxy's threads", ex);
		}
	}

	private void acceptConnections() {
		while (!this.closed) {
			ServerSocket current;
			synchronized (this.listenerLock) {
				current = this.listener;
			}
			try {
				relay(current.accept());
			}
			catch (IOException ex) {
				if (this.closed) {
					return;
				}
				if (current.isClosed()) {
					listenAgainAfterPause();
				}
			}
		}
	}

	private void relay(Socket client) {
		this.accepted.incrementAndGet();
		Socket server = new Socket();
		try {
			client.setTcpNoDelay(true);
			server.setTcpNoDelay(true);
			server.connect(this.target, CONNECT_TIMEOUT_MILLIS);
		}
		catch (IOException ex) {
			closeQuietly(client);
			closeQuietly(server);
			this.failure.compareAndSet(null, ex);
			return;
		}
		ProxiedConnection connection = new ProxiedConnection(client, server, this.plan, this::refuseConnections,
				this.connections::remove, this.forwardedRequests);
		this.connections.add(connection);
		try {
			this.threads.execute(connection::relayRequests);
			this.threads.execute(connection::relayResponses);
		}
		catch (RejectedExecutionException ex) {
			connection.close();
		}
		if (this.closed) {
			connection.close();
		}
	}

	/**
	 * Stop listening, so that connection attempts are refused until the acceptor thread listens again after the pause.
	 */
	private void refuseConnections() {
		synchronized (this.listenerLock) {
			if (!this.refusing && !this.closed) {
				this.refusing = true;
				this.refusals.incrementAndGet();
				closeQuietly(this.listener);
			}
		}
	}

	private void listenAgainAfterPause() {
		try {
			Thread.sleep(this.refusalPause.toMillis());
			synchronized (this.listenerLock) {
				if (this.closed) {
					return;
				}
				this.listener = listen(this.port);
				this.refusing = false;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.closed = true;
		}
		catch (IOException | RuntimeException ex) {
			this.failure.compareAndSet(null, ex);
			this.closed = true;
		}
	}

	private static ServerSocket listen(int port) throws IOException {
		InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
		for (int attempt = 1;; attempt++) {
			ServerSocket socket = new ServerSocket();
			try {
				socket.setReuseAddress(true);
				socket.bind(address, 128);
				return socket;
			}
			catch (BindException ex) {
				closeQuietly(socket);
				if (port == 0 || attempt == BIND_ATTEMPTS) {
					throw ex;
				}
				sleepBeforeBindingAgain();
			}
			catch (IOException ex) {
				closeQuietly(socket);
				throw ex;
			}
		}
	}

	private static void sleepBeforeBindingAgain() throws IOException {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while binding", ex);
		}
	}

	private static void closeQuietly(@Nullable AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Already broken: nothing left to release
		}
	}

}
