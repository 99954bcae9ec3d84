package io.github.singlestorehttp.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits for other work on the machine to stop before a measurement starts, and says how busy the machine was. On
 * a shared machine (CI, other builds) this keeps foreign load out of the figures where it can, and marks the figures
 * it could not keep clean. Reads Linux's {@code /proc/stat}; elsewhere it does not wait.
 */
public final class QuietMachine {

	private static final Path STAT = Path.of("/proc/stat");

	private static final double QUIET = 0.20;

	private QuietMachine() {
	}

	/**
	 * Waits until the CPUs are mostly idle for a second, or the time is up.
	 * @param maxWait the longest to wait
	 * @return how busy the CPUs were in the last second, for example {@code "CPU 4% busy before start"}
	 */
	public static String await(Duration maxWait) {
		if (maxWait.isZero()) {
			return "CPU load not checked";
		}
		if (!Files.isReadable(STAT)) {
			return "CPU load unknown";
		}
		long deadline = System.nanoTime() + maxWait.toNanos();
		long start = System.nanoTime();
		double busy = busyFraction();
		while (busy > QUIET && System.nanoTime() < deadline) {
			busy = busyFraction();
		}
		long waited = Duration.ofNanos(System.nanoTime() - start).toSeconds();
		String text = String.format("CPU %.0f%% busy before start", busy * 100);
		if (busy > QUIET) {
			return text + " (other processes were running; figures may be disturbed)";
		}
		return (waited > 1) ? text + " (waited " + waited + " s for other processes)" : text;
	}

	private static double busyFraction() {
		long[] before = sample();
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
		long[] after = sample();
		long total = after[0] - before[0];
		long idle = after[1] - before[1];
		return (total > 0) ? 1.0 - (double) idle / total : 0;
	}

	private static long[] sample() {
		try {
			String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < fields.length; i++) {
				total += Long.parseLong(fields[i]);
			}
			long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
			return new long[] { total, idle };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
