package io.github.singlestorehttp.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send part of a request and wait, without credentials, do not starve the others: while more of them
 * than there are pooled connections hold their connections open, {@code /ping} and authenticated queries are
 * answered.
 */
class SlowClientsTest {

	private static final int POOL_SIZE = 2;

	private static final int SLOW_CLIENTS = 8 * POOL_SIZE + 4;

	private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);

	@Test
	void clientsSendingHalfARequestLineDoNotStopOthersBeingServed() throws IOException {
		List<Socket> slowClients = new ArrayList<>();
		try (LocalDataApiServer server = LocalDataApiServer.builder().poolSize(POOL_SIZE).build().start()) {
			for (int client = 0; client < SLOW_CLIENTS; client++) {
				slowClients.add(sendHalfARequestLine(server));
			}
			DataApiClient client = new DataApiClient(server);

			HttpResponse<String> ping = client.send(client.unauthenticated("/ping").timeout(CLIENT_TIMEOUT).GET());
			HttpResponse<String> query = client.send(client.request("/api/v2/query/rows")
				.timeout(CLIENT_TIMEOUT)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(client.body("SELECT 1 AS one"))));

			assertThat(ping.statusCode()).isEqualTo(200);
			assertThat(query.body()).isEqualTo("{\"results\":[{\"rows\":[{\"one\":1}]}]}");
			assertThat(slowClients).allSatisfy((socket) -> assertThat(isOpen(socket)).isTrue());
		}
		finally {
			for (Socket socket : slowClients) {
				socket.close();
			}
		}
	}

	private static Socket sendHalfARequestLine(LocalDataApiServer server) throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
		socket.getOutputStream().write("POST /api/v2/ex".getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		return socket;
	}

	/**
	 * Tells whether the server still holds the connection open, waiting for the rest of the request.
	 */
	private static boolean isOpen(Socket socket) {
		try {
			socket.setSoTimeout(1);
			return socket.getInputStream().read() != -1;
		}
		catch (SocketTimeoutException stillWaiting) {
			return true;
		}
		catch (IOException closed) {
			return false;
		}
	}

}
