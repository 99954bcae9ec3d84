package io.github.singlestorehttp.benchmarks.coldstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The local Data API server's runnable jar in a process of its own, reached by URL as a remote SingleStore is.
 */
final class SeparateServer implements AutoCloseable {

	private static final String LISTENING = "listening on ";

	private static final String PASSWORD = "cold-start";

	private final Process process;

	private final String url;

	private SeparateServer(Process process, String url) {
		this.process = process;
		this.url = url;
	}

	/**
	 * Starts the server on a free loopback port and waits until it listens.
	 * @param jar the server's runnable jar
	 * @return the running server
	 */
	static SeparateServer start(Path jar) {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "--port", "0", "--password", PASSWORD);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = lines.readLine()) != null) {
				int at = line.indexOf(LISTENING);
				if (at >= 0) {
					drainInBackground(lines);
					return new SeparateServer(process, line.substring(at + LISTENING.length()).strip());
				}
			}
			throw new IllegalStateException("The local server stopped before listening: " + command);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + command, ex);
		}
	}

	/** Keeps reading the server's output, so that it never blocks on a full pipe. */
	private static void drainInBackground(BufferedReader lines) {
		Thread drain = new Thread(() -> {
			try {
				while (lines.readLine() != null) {
					// discarded
				}
			}
			catch (IOException ex) {
				// the server stopped
			}
		}, "local-server-output");
		drain.setDaemon(true);
		drain.start();
	}

	/**
	 * The sample app's arguments that point it at this server.
	 * @return the arguments
	 */
	List<String> appArguments() {
		return List.of("--singlestore.http.url=" + this.url, "--singlestore.http.username=root",
				"--singlestore.http.password=" + PASSWORD, "--singlestore.http.database=app");
	}

	@Override
	public void close() {
		this.process.destroy();
	}

}
