package io.github.singlestorehttp.benchmarks.coldstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long one start of the sample app took from launching its JVM: until its first statement had run (the
 * initializer's "Executed SQL script" line, after {@code schema.sql}'s one statement), until the demo printed
 * its first line (application ready), and until the process ended (it stops when ready).
 *
 * @param firstStatementMillis launch to the first statement done
 * @param readyMillis launch to the demo's first line
 * @param exitMillis launch to the end of the process
 */
record StartTimes(double firstStatementMillis, double readyMillis, double exitMillis) {

	private static final String FIRST_STATEMENT = "Executed SQL script from";

	private static final String READY = "Create users table";

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	/**
	 * Runs a command that starts the sample app, and times it.
	 * @param command the command
	 * @return the times
	 */
	static StartTimes measure(List<String> command) {
		long start = System.nanoTime();
		Process process = start(command);
		long firstStatement = -1;
		long ready = -1;
		StringBuilder output = new StringBuilder();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				long now = System.nanoTime();
				output.append(line).append('\n');
				if (firstStatement < 0 && line.contains(FIRST_STATEMENT)) {
					firstStatement = now;
				}
				if (ready < 0 && line.contains(READY)) {
					ready = now;
				}
			}
			if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Did not stop within " + TIMEOUT + ": " + command + "\n" + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		long exit = System.nanoTime();
		if (process.exitValue() != 0 || firstStatement < 0 || ready < 0) {
			throw new IllegalStateException("The sample app failed (exit " + process.exitValue() + "): " + command
					+ "\n" + output);
		}
		return new StartTimes(millis(firstStatement - start), millis(ready - start), millis(exit - start));
	}

	/**
	 * Runs a command to its end, for a training run.
	 * @param command the command
	 */
	static void runToEnd(List<String> command) {
		Process process = start(command);
		try {
			byte[] output = process.getInputStream().readAllBytes();
			if (process.waitFor() != 0) {
				throw new IllegalStateException("Failed: " + command + "\n" + new String(output, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Process start(List<String> command) {
		try {
			return new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + command, ex);
		}
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

}
