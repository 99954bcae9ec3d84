package io.github.singlestorehttp.local;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest.Backend;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the SingleStore dialect corpus ({@code src/test/resources/dialect-corpus}) against the local server and
 * prints its score. Every statement must give the result SingleStore's documentation gives, or answer error 1706
 * (not supported by the local server); the number of statements with the documented result may not drop below
 * {@link #FLOOR}.
 * {@link MariaDbDialectCorpusTest} runs the corpus over MariaDB.
 */
@LocalDataApiServerTest(backend = Backend.H2)
class DialectCorpusTest {

	/** The number of statements that gave their documented result when the floor was last raised. */
	private static final int FLOOR = 447;

	private static final int NOT_SUPPORTED = 1706;

	@Test
	void statementsFromSingleStoresDocumentationGiveTheirDocumentedResults(LocalDataApiServer server)
			throws IOException {
		List<String> wrong = new ArrayList<>();
		List<String> notSupported = new ArrayList<>();
		int total = 0;
		int documented = 0;
		DataApiClient admin = new DataApiClient(server);
		for (Path file : corpusFiles()) {
			String database = "corpus_" + file.getFileName().toString().replaceAll("\\W", "_");
			admin.execAll("CREATE DATABASE `" + database + "`");
			DataApiClient client = admin.withDatabase(database);
			for (CorpusCase corpusCase : CorpusCase.read(file)) {
				total++;
				String outcome = run(client, corpusCase);
				if (outcome.isEmpty()) {
					documented++;
				}
				else if (outcome.startsWith("1706")) {
					notSupported.add(corpusCase + " " + firstLine(corpusCase.sql()) + " -> " + outcome);
				}
				else {
					wrong.add(corpusCase + " " + corpusCase.sql() + "\n    expected " + corpusCase.kind() + " "
							+ corpusCase.expected() + "\n    got " + outcome);
				}
			}
		}
		double share = (total > 0) ? (double) documented / total : 0;
		System.out.printf(Locale.ROOT, "Dialect corpus on %s: %d of %d statements gave the documented result "
				+ "(%.1f%%), %d answered 'not supported', %d gave another result%n", engine(), documented, total,
				share * 100, notSupported.size(), wrong.size());
		notSupported.forEach((line) -> System.out.println("  not supported: " + line));
		wrong.forEach((line) -> System.out.println("  WRONG: " + line));
		assertScore(wrong, documented);
	}

	/**
	 * The name of the engine in the printed score.
	 * @return the name
	 */
	String engine() {
		return "H2";
	}

	void assertScore(List<String> wrong, int documented) {
		assertThat(wrong).as("statements that neither gave the documented result nor answered 'not supported'")
			.isEmpty();
		assertThat(documented).as("statements with the documented result").isGreaterThanOrEqualTo(FLOOR);
	}

	private static List<Path> corpusFiles() throws IOException {
		Path folder = Paths.get("src/test/resources/dialect-corpus");
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.toString().endsWith(".sql")).sorted().toList();
		}
	}

	/**
	 * Runs a case.
	 * @return an empty string when the documented result came, otherwise what came instead
	 */
	private static String run(DataApiClient client, CorpusCase corpusCase) {
		HttpResponse<String> response = corpusCase.isQuery() ? client.tuples(corpusCase.sql())
				: client.exec(corpusCase.sql());
		if (response.statusCode() != 200) {
			String body = response.body();
			String code = body.replaceFirst("^Error (\\d+).*", "$1").strip();
			boolean expectedError = corpusCase.kind().equals("error") && code.equals(corpusCase.expected());
			if (expectedError) {
				return "";
			}
			if (code.equals(Integer.toString(NOT_SUPPORTED))) {
				return NOT_SUPPORTED + " " + firstLine(body);
			}
			return "HTTP " + response.statusCode() + ": " + firstLine(body);
		}
		JsonNode json = DataApiClient.json(response);
		return switch (corpusCase.kind()) {
			case "ok" -> "";
			case "affected" -> (json.path("rowsAffected").asLong() == Long.parseLong(corpusCase.expected())) ? ""
					: "rowsAffected " + json.path("rowsAffected");
			case "rows", "unordered-rows" -> compareRows(corpusCase, json);
			default -> "success: " + firstLine(response.body());
		};
	}

	private static String compareRows(CorpusCase corpusCase, JsonNode json) {
		JsonNode result = json.path("results").path(0);
		JsonNode expected = DataApiClient.JSON.readTree(corpusCase.expected());
		List<String> actualRows = rowTexts(result.path("rows"));
		List<String> expectedRows = rowTexts(expected);
		boolean same = corpusCase.kind().equals("rows") ? matches(expectedRows, actualRows)
				: matches(expectedRows.stream().sorted().toList(), actualRows.stream().sorted().toList());
		if (!same) {
			return "rows " + result.path("rows");
		}
		if (corpusCase.columns() != null) {
			List<String> types = new ArrayList<>();
			result.path("columns").forEach((column) -> types.add(column.path("dataType").asString()));
			List<String> expectedTypes = new ArrayList<>();
			DataApiClient.JSON.readTree(corpusCase.columns()).forEach((type) -> expectedTypes.add(type.asString()));
			if (!types.equals(expectedTypes)) {
				return "column types " + types;
			}
		}
		return "";
	}

	private static boolean matches(List<String> expected, List<String> actual) {
		if (expected.size() != actual.size()) {
			return false;
		}
		for (int index = 0; index < expected.size(); index++) {
			if (!expected.get(index).equals(actual.get(index))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Renders each row as text with its cells normalized, so that rows compare as the corpus README says: numbers
	 * numerically, JSON as JSON, other values as text.
	 */
	private static List<String> rowTexts(JsonNode rows) {
		List<String> texts = new ArrayList<>();
		for (JsonNode row : rows) {
			StringBuilder text = new StringBuilder();
			for (JsonNode cell : row) {
				text.append(normalized(cell)).append('\u0001');
			}
			texts.add(text.toString());
		}
		return texts;
	}

	private static String normalized(JsonNode cell) {
		if (cell.isNull()) {
			return "NULL";
		}
		String text = (cell.isString()) ? cell.asString() : ((cell.isArray() || cell.isObject()) ? cell.toString() : cell.asString());
		String stripped = text.strip();
		if (stripped.startsWith("{") || stripped.startsWith("[")) {
			try {
				return DataApiClient.JSON.readTree(stripped).toString();
			}
			catch (RuntimeException notJson) {
				return text;
			}
		}
		try {
			return "#" + new BigDecimal(stripped).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException notNumber) {
			return text;
		}
	}

	private static String firstLine(String text) {
		String line = text.strip().lines().findFirst().orElse("");
		return (line.length() > 160) ? line.substring(0, 160) + "..." : line;
	}

}
