package io.github.singlestorehttp.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text a benchmark run reports: printed as it is produced and saved to a file at the end.
 */
public final class Report {

	private final List<String> lines = new ArrayList<>();

	/**
	 * Adds a line and prints it.
	 * @param line the line
	 */
	public synchronized void line(String line) {
		this.lines.add(line);
		System.out.println(line);
		System.out.flush();
	}

	/**
	 * Adds a formatted line and prints it.
	 * @param format a {@link String#format} pattern
	 * @param args its arguments
	 */
	public void line(String format, Object... args) {
		line(String.format(format, args));
	}

	/**
	 * Writes all lines to a file, creating its directory.
	 * @param file the file
	 */
	public synchronized void save(Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.write(file, this.lines, StandardCharsets.UTF_8);
			System.out.println("(saved to " + file + ")");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The directory results are saved in: {@code target/benchmark-results} under the working directory, or the
	 * {@code benchmarks.results} system property.
	 * @return the directory
	 */
	public static Path resultsDirectory() {
		return Path.of(System.getProperty("benchmarks.results", "target/benchmark-results"));
	}

}
