package io.github.singlestorehttp.benchmarks.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.singlestorehttp.benchmarks.fixture.JdkDataApiClient;
import io.github.singlestorehttp.benchmarks.fixture.Templates;
import io.github.singlestorehttp.benchmarks.support.ChildJvm;
import io.github.singlestorehttp.client.SingleStoreTemplate;

/**
 * The parent's handle on a {@link ServerChildMain} running in a child JVM.
 */
final class ServerChild implements AutoCloseable {

	private final Process process;

	private final BufferedReader output;

	private final PrintStream input;

	private final String url;

	private ServerChild(Process process) throws IOException {
		this.process = process;
		this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		this.input = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
		String first = this.output.readLine();
		if (first == null || !first.startsWith("url=")) {
			process.destroy();
			throw new IllegalStateException("The server child did not start: " + first);
		}
		this.url = first.substring("url=".length());
	}

	static ServerChild start(List<String> jvmOptions, String jdbcUrl, Credentials credentials,
			ProcessBuilder.Redirect errors) {
		try {
			return new ServerChild(ChildJvm.start(jvmOptions, ServerChildMain.class,
					List.of(jdbcUrl, credentials.user(), credentials.password(), credentials.database()), errors));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return this.url;
	}

	/**
	 * Collects garbage in the child and starts a new peak.
	 * @return the child's heap in use after the collection, in bytes
	 */
	long resetPeak() {
		return ask("reset");
	}

	/**
	 * The child's largest used heap since the last reset.
	 * @return bytes
	 */
	long peak() {
		return ask("peak");
	}

	private long ask(String command) {
		this.input.println(command);
		try {
			String answer = this.output.readLine();
			if (answer == null) {
				throw new IllegalStateException("The server child exited (status " + this.process.waitFor() + ")");
			}
			return Long.parseLong(answer.trim());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Who connects to the child server, and where.
	 * @param user the user
	 * @param password the password
	 * @param database the database
	 */
	record Credentials(String user, String password, String database) {

		JdkDataApiClient client(String url) {
			return new JdkDataApiClient(url, this.user, this.password, this.database);
		}

		SingleStoreTemplate template(String url) {
			return Templates.create(url, this.user, this.password, this.database);
		}

	}

	@Override
	public void close() {
		this.input.println("quit");
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroy();
		}
	}

}
