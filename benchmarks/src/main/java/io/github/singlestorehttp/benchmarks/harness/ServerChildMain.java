package io.github.singlestorehttp.benchmarks.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import io.github.singlestorehttp.benchmarks.support.HeapSampler;
import io.github.singlestorehttp.local.LocalDataApiServer;

/**
 * Child JVM main: runs a {@link LocalDataApiServer} on the given JDBC URL and reports its own heap. Prints
 * {@code url=…} when serving, then answers commands on standard input: {@code reset} (collect garbage, start a new
 * peak; answers the heap in use), {@code peak} (answers the largest used heap sampled since), {@code quit}.
 */
public final class ServerChildMain {

	private ServerChildMain() {
	}

	/**
	 * Serves until told to quit.
	 * @param args the JDBC URL, the user, the password and the database
	 * @throws IOException if standard input fails
	 */
	public static void main(String[] args) throws IOException {
		System.setProperty("slf4j.internal.verbosity", "ERROR");
		try (LocalDataApiServer server = LocalDataApiServer.builder()
			.jdbcUrl(args[0])
			.username(args[1])
			.password(args[2])
			.database(args[3])
			.build()
			.start(); HeapSampler sampler = HeapSampler.start()) {
			System.out.println("url=" + server.url());
			System.out.flush();
			BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			for (String command = commands.readLine(); command != null && !command.equals("quit"); command = commands
				.readLine()) {
				long bytes = switch (command) {
					case "reset" -> sampler.reset();
					case "peak" -> sampler.peakBytes();
					default -> -1;
				};
				System.out.println(bytes);
				System.out.flush();
			}
		}
	}

}
