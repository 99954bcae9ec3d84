package io.github.singlestorehttp.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LocalDataApiServerMain} run in a child JVM, as {@code java -jar} would run it.
 */
class LocalDataApiServerMainTest {

	private static final String LISTENING = "SingleStore Data API (local) listening on ";

	private static final int MILLION = 1_000_000;

	private static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";

	@Test
	void streamsAMillionRowsFromAServerWith64MegabytesOfHeap() throws Exception {
		Process child = startChild(List.of("-Xmx64m"), "--password", "secret");
		try {
			String url = awaitUrl(child);
			HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v2/query/tuples"))
				.header("Authorization", DataApiClient.basic("root", "secret"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"sql\":\"SELECT X AS n, CONCAT('row ', X) AS label FROM SYSTEM_RANGE(1, " + MILLION + ")\"}"))
				.build();

			HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
					HttpResponse.BodyHandlers.ofInputStream());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(countRows(response.body())).isEqualTo(MILLION);
			assertThat(child.isAlive()).isTrue();
		}
		finally {
			child.destroy();
			child.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void clientsThatNeverFinishTheirRequestTimeOutAndFreeTheWorkers() throws Exception {
		Process child = startChild(List.of("-Xmx64m", "-D" + MAX_REQUEST_TIME + "=1"), "--password", "secret",
				"--pool-size", "2");
		try {
			URI url = URI.create(awaitUrl(child));
			String exec = "POST /api/v2/exec HTTP/1.1\r\nHost: " + url.getAuthority() + "\r\n";
			List<Socket> stalled = List.of(stall(url, exec), stall(url, exec), stall(url, exec
					+ "Authorization: " + DataApiClient.basic("root", "secret") + "\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100\r\n\r\n{\"sql\":"));

			for (Socket socket : stalled) {
				assertThat(closedByTheServer(socket)).isTrue();
			}
			HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/v2/query/rows"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", DataApiClient.basic("root", "secret"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT 1 AS x\"}"))
				.build();
			HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("{\"results\":[{\"rows\":[{\"x\":1}]}]}");
		}
		finally {
			child.destroy();
			child.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void printsTheGeneratedPasswordButNoPasswordTheUserGave() throws Exception {
		Process generated = startChild(List.of("-Xmx32m"));
		Process given = startChild(List.of("-Xmx32m"), "--password", "given-secret", "--jdbc-url",
				"jdbc:h2:mem:printed;MODE=MySQL;DATABASE_TO_LOWER=TRUE;USER=sa;PASSWORD=url-secret;DB_CLOSE_DELAY=-1");
		try {
			String generatedOutput = awaitDescription(generated);
			String givenOutput = awaitDescription(given);

			assertThat(generatedOutput).containsPattern("\\n  password: [\\w-]{24}\\n");
			assertThat(givenOutput).doesNotContain("given-secret", "url-secret")
				.contains("  password: as given\n", ";USER=sa;PASSWORD=****;DB_CLOSE_DELAY=-1");
		}
		finally {
			generated.destroy();
			given.destroy();
			generated.waitFor(10, TimeUnit.SECONDS);
			given.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:h2:tcp://127.0.0.1:1/nowhere;USER=sa;PASSWORD=url-secret",
			"jdbc:mariadb://root:url-secret@127.0.0.1:1/app", "jdbc:mysql://127.0.0.1:1/app?user=root&password=url-secret" })
	void startFailuresDoNotPrintThePasswordOfTheJdbcUrl(String jdbcUrl) throws Exception {
		Process child = startChild(List.of("-Xmx32m"), "--jdbc-url", jdbcUrl);

		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(child.exitValue()).isEqualTo(1);
		assertThat(output).startsWith("Error: Could not prepare the database at ").contains("****")
			.doesNotContain("url-secret");
	}

	@Test
	void badOptionsExitWithStatus2AndSayWhy() throws Exception {
		Process child = startChild(List.of("-Xmx32m"), "--bogus");

		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(child.exitValue()).isEqualTo(2);
		assertThat(output).contains("Error: Unknown option --bogus", "Run with --help to see the options.");
	}

	@Test
	void helpPrintsUsageAndExits() throws Exception {
		Process child = startChild(List.of("-Xmx32m"), "--help");

		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(child.exitValue()).isZero();
		assertThat(output).startsWith("Usage: java -jar").contains("--password PASSWORD");
	}

	static Process startChild(List<String> jvmOptions, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(LocalDataApiServerMain.class.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/**
	 * Opens a connection and sends the start of a request, never the rest.
	 */
	private static Socket stall(URI url, String requestStart) throws IOException {
		Socket socket = new Socket(url.getHost(), url.getPort());
		socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
		socket.getOutputStream().write(requestStart.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		return socket;
	}

	/**
	 * Waits, at most as long as the socket's read timeout, for the server to close the connection.
	 */
	private static boolean closedByTheServer(Socket socket) throws IOException {
		try (socket) {
			return socket.getInputStream().read() == -1;
		}
		catch (SocketException reset) {
			return true;
		}
	}

	static String awaitUrl(Process child) throws IOException {
		BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.startsWith(LISTENING)) {
				return line.substring(LISTENING.length());
			}
			seen.append(line).append('\n');
		}
		throw new IllegalStateException("The server did not start:\n" + seen);
	}

	/**
	 * Reads what the server prints at start, up to the line that says how to stop it.
	 */
	private static String awaitDescription(Process child) throws IOException {
		BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			seen.append(line).append('\n');
			if (line.equals("Press Ctrl+C to stop.")) {
				return seen.toString();
			}
		}
		throw new IllegalStateException("The server did not start:\n" + seen);
	}

	static long countRows(InputStream body) throws IOException {
		long rows = 0;
		try (body; JsonParser parser = DataApiClient.JSON.createParser(body)) {
			while (parser.nextToken() != null) {
				if (parser.currentToken() == JsonToken.PROPERTY_NAME && parser.currentName().equals("error")) {
					throw new IllegalStateException("The stream failed: " + DataApiClient.JSON.readTree(parser));
				}
				if (parser.currentToken() == JsonToken.PROPERTY_NAME && parser.currentName().equals("rows")) {
					parser.nextToken();
					while (parser.nextToken() == JsonToken.START_ARRAY) {
						rows++;
						parser.skipChildren();
					}
				}
			}
		}
		return rows;
	}

}
