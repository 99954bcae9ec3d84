package io.github.singlestorehttp.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One statement of the dialect corpus with the result SingleStore's documentation gives for it (the format is
 * described in {@code dialect-corpus/README.md}).
 *
 * @param file the corpus file
 * @param line the line the statement starts on
 * @param source the documentation page
 * @param sql the statement
 * @param kind what is expected: {@code ok}, {@code affected}, {@code rows}, {@code unordered-rows}, {@code error}
 * or {@code unsupported}
 * @param expected the expectation's value (a count, JSON rows or an error number), or an empty string
 * @param columns the expected column types as JSON, or {@code null}
 */
record CorpusCase(String file, int line, String source, String sql, String kind, String expected,
		@Nullable String columns) {

	private static final String SOURCE = "-- source:";

	private static final String COLUMNS = "-- columns:";

	static List<CorpusCase> read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<CorpusCase> cases = new ArrayList<>();
		String source = "";
		StringBuilder statement = new StringBuilder();
		int start = 0;
		for (int index = 0; index < lines.size(); index++) {
			String line = lines.get(index);
			String trimmed = line.strip();
			if (statement.isEmpty()) {
				if (trimmed.startsWith(SOURCE)) {
					source = trimmed.substring(SOURCE.length()).strip();
					continue;
				}
				if (trimmed.isEmpty() || trimmed.startsWith("-- ")) {
					continue;
				}
				start = index + 1;
			}
			statement.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String sql = statement.toString().strip();
				statement.setLength(0);
				String expectation = (index + 1 < lines.size()) ? lines.get(index + 1).strip() : "";
				if (!expectation.startsWith("-- ")) {
					throw new IllegalStateException(file.getFileName() + ":" + start + " has no expectation");
				}
				index++;
				String columns = null;
				if (index + 1 < lines.size() && lines.get(index + 1).strip().startsWith(COLUMNS)) {
					index++;
					columns = lines.get(index).strip().substring(COLUMNS.length()).strip();
				}
				cases.add(parse(file.getFileName().toString(), start, source, sql, expectation.substring(3), columns));
			}
		}
		if (!statement.isEmpty()) {
			throw new IllegalStateException(file.getFileName() + ":" + start + " is not ended by ';'");
		}
		return cases;
	}

	private static CorpusCase parse(String file, int line, String source, String sql, String expectation,
			@Nullable String columns) {
		int colon = expectation.indexOf(':');
		String kind = ((colon < 0) ? expectation : expectation.substring(0, colon)).strip();
		String expected = (colon < 0) ? "" : expectation.substring(colon + 1).strip();
		if (!List.of("ok", "affected", "rows", "unordered-rows", "error", "unsupported").contains(kind)) {
			throw new IllegalStateException(file + ":" + line + " has an unknown expectation '" + expectation + "'");
		}
		String statement = sql.substring(0, sql.length() - 1);
		return new CorpusCase(file, line, source, statement, kind, expected, columns);
	}

	boolean isQuery() {
		String first = this.sql.stripLeading().split("[\\s(]+", 2)[0].toUpperCase(java.util.Locale.ROOT);
		return List.of("SELECT", "SHOW", "DESCRIBE", "DESC", "EXPLAIN", "WITH").contains(first)
				|| this.kind.endsWith("rows");
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line;
	}

}
