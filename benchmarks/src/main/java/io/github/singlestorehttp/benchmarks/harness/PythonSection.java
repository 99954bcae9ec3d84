package io.github.singlestorehttp.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import io.github.singlestorehttp.benchmarks.harness.PointWorkloads.Client;
import io.github.singlestorehttp.benchmarks.support.Report;
import io.github.singlestorehttp.benchmarks.support.Samples;

/**
 * The guide's Python helper as users start from it ({@code python/select_loop.py}, {@code requests}) running the
 * primary-key SELECT loop against the local server, one caller, next to the template's single caller measured in
 * the same run. Skipped, with a note, when {@code python3} or {@code requests} is missing.
 */
final class PythonSection {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PointWorkloads workloads;

	private final LoadDriver driver;

	private final Duration warmup;

	private final Duration window;

	private final int repeats;

	private final ServerAddress server;

	private final Report report;

	private final Supplier<String> quiet;

	PythonSection(PointWorkloads workloads, Duration warmup, Duration window, int repeats, ServerAddress server,
			Report report, Supplier<String> quiet) {
		this.quiet = quiet;
		this.workloads = workloads;
		this.driver = new LoadDriver(warmup, window);
		this.warmup = warmup;
		this.window = window;
		this.repeats = repeats;
		this.server = server;
		this.report = report;
	}

	void run() {
		Path script = Path.of(System.getProperty("benchmarks.python.script", "python/select_loop.py"));
		this.report.line("");
		if (!Files.isRegularFile(script) || !pythonWithRequests()) {
			this.report.line("## Python helper: skipped (needs python3 with requests, and %s)", script);
			return;
		}
		String conditions = this.quiet.get();
		List<LoadResult> template = new ArrayList<>();
		List<LoadResult> guide = new ArrayList<>();
		List<LoadResult> session = new ArrayList<>();
		for (int repeat = 0; repeat < this.repeats; repeat++) {
			template.add(this.driver.run(1, this.workloads.select(Client.TEMPLATE)));
			guide.add(python(script, "guide"));
			session.add(python(script, "session"));
		}
		double templateRate = Samples.of(rates(template)).median();
		this.report.line("## The guide's Python helper against the local server, one caller (median of %d runs; ratio = "
				+ "template ÷ Python; %s)", this.repeats, conditions);
		this.report.line("| client | calls/s | p50 µs | p99 µs | template ratio |");
		this.report.line("|---|---:|---:|---:|---:|");
		line("template (blocking)", template, templateRate);
		line("Python requests.post per call (as in the guide)", guide, templateRate);
		line("Python requests.Session", session, templateRate);
	}

	private void line(String label, List<LoadResult> runs, double templateRate) {
		Samples rate = Samples.of(rates(runs));
		this.report.line("| %s | %s | %s | %s | %.2f |", label, rate.describe("%,.0f"),
				Samples.of(runs.stream().mapToDouble((run) -> run.p50Nanos() / 1e3).toArray()).describe("%,.0f"),
				Samples.of(runs.stream().mapToDouble((run) -> run.p99Nanos() / 1e3).toArray()).describe("%,.0f"),
				templateRate / rate.median());
	}

	private static double[] rates(List<LoadResult> runs) {
		return runs.stream().mapToDouble(LoadResult::callsPerSecond).toArray();
	}

	private LoadResult python(Path script, String style) {
		List<String> command = List.of("python3", script.toString(), "--url", this.server.url(), "--user",
				this.server.user(), "--password", this.server.password(), "--database", this.server.database(),
				"--seconds", seconds(this.window), "--warmup", seconds(this.warmup), "--users",
				Integer.toString(PointWorkloads.USERS), "--style", style);
		String output = runProcess(command);
		Map<?, ?> result = JSON.readValue(output, Map.class);
		return new LoadResult(((Number) result.get("calls")).longValue(), ((Number) result.get("seconds")).doubleValue(),
				(long) (((Number) result.get("p50_us")).doubleValue() * 1000),
				(long) (((Number) result.get("p99_us")).doubleValue() * 1000));
	}

	private static boolean pythonWithRequests() {
		try {
			runProcess(List.of("python3", "-c", "import requests"));
			return true;
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			return false;
		}
	}

	private static String runProcess(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			int status = process.waitFor();
			if (status != 0) {
				throw new IllegalStateException(command.get(0) + " exited with " + status);
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static String seconds(Duration duration) {
		return Double.toString(duration.toMillis() / 1000.0);
	}

	/**
	 * Where the Python loop connects.
	 * @param url the base URL
	 * @param user the user
	 * @param password the password
	 * @param database the database
	 */
	record ServerAddress(String url, String user, String password, String database) {
	}

}
