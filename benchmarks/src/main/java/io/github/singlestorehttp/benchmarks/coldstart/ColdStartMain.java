package io.github.singlestorehttp.benchmarks.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import io.github.singlestorehttp.benchmarks.support.QuietMachine;
import io.github.singlestorehttp.benchmarks.support.Report;
import io.github.singlestorehttp.benchmarks.support.RunMode;
import io.github.singlestorehttp.benchmarks.support.Samples;

/**
 * Cold start of the sample app, as {@code benchmarks/cold-start.sh} prepares it: for each way to start it
 * ({@link StartVariant}), the time from launching the JVM to its first statement, to the demo's first line and to
 * the end of the process, on the embedded local server and against a local server in another process reached by
 * URL. Every figure is the median of the rounds (variants interleaved), with its ratio to the plain JVM of the same
 * run.
 * <pre class="code">
 * java -cp benchmarks.jar io.github.singlestorehttp.benchmarks.coldstart.ColdStartMain quick|full WORK_DIR
 * </pre>
 * {@code WORK_DIR} holds {@code local-server.jar} and, for each target ({@code embedded}, {@code remote}), a
 * directory with the AOT-processed {@code app.jar} and its extraction in {@code extracted/}.
 */
public final class ColdStartMain {

	private static final List<String> APP_ARGUMENTS = List.of("--server.port=0", "--sample.exit-when-ready=true",
			"--logging.level.io.github.singlestorehttp.autoconfigure.init=debug");

	private ColdStartMain() {
	}

	/**
	 * Runs the measurement.
	 * @param args the mode, then the work directory
	 */
	public static void main(String[] args) {
		RunMode mode = RunMode.fromArgs(args);
		if (args.length < 2) {
			throw new IllegalArgumentException("Usage: ColdStartMain quick|full WORK_DIR");
		}
		Path work = Path.of(args[1]);
		int rounds = mode.pick(1, 10);
		Duration quietWait = mode.pick(Duration.ZERO, Duration.ofMinutes(3));
		Report report = new Report();
		report.line("# Cold start of the sample app, %s mode; %d cores, Java %s (%s); %d round(s), variants interleaved",
				mode.label(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				System.getProperty("java.vm.name"), rounds);
		measure("embedded local server", work.resolve("embedded"), List.of(), rounds, report, quietWait);
		try (SeparateServer server = SeparateServer.start(work.resolve("local-server.jar"))) {
			measure("local server in another process, by URL", work.resolve("remote"), server.appArguments(), rounds,
					report, quietWait);
		}
		report.save(Report.resultsDirectory().resolve("cold-start-" + mode.label() + ".txt"));
	}

	private static void measure(String target, Path appDirectory, List<String> targetArguments, int rounds,
			Report report, Duration quietWait) {
		List<String> appArguments = Stream.concat(APP_ARGUMENTS.stream(), targetArguments.stream()).toList();
		for (StartVariant variant : StartVariant.values()) {
			variant.trainingCommand(appDirectory, appArguments).ifPresent(StartTimes::runToEnd);
		}
		report.line("");
		report.line("## %s (%s)", target, QuietMachine.await(quietWait));
		Map<StartVariant, List<StartTimes>> times = new EnumMap<>(StartVariant.class);
		for (int round = 0; round < rounds; round++) {
			for (StartVariant variant : StartVariant.values()) {
				times.computeIfAbsent(variant, (key) -> new ArrayList<>())
					.add(StartTimes.measure(variant.command(appDirectory, appArguments)));
			}
		}
		report.line("%-10s | %-32s | %-32s | %-32s", "variant", "to first statement, ms (ratio)",
				"to demo's first line, ms (ratio)", "to process end, ms (ratio)");
		for (StartVariant variant : StartVariant.values()) {
			List<StartTimes> own = times.get(variant);
			List<StartTimes> plain = times.get(StartVariant.PLAIN);
			report.line("%-10s | %-32s | %-32s | %-32s", variant.label(),
					figure(own, plain, StartTimes::firstStatementMillis), figure(own, plain, StartTimes::readyMillis),
					figure(own, plain, StartTimes::exitMillis));
		}
		report.line("archives: %s", archiveSizes(appDirectory));
	}

	private static String figure(List<StartTimes> own, List<StartTimes> plain, ToDoubleFunction<StartTimes> value) {
		Samples samples = Samples.of(own.stream().mapToDouble(value).toArray());
		double baseline = Samples.of(plain.stream().mapToDouble(value).toArray()).median();
		return String.format("%s %.2fx", samples.describe("%,.0f"), samples.median() / baseline);
	}

	private static String archiveSizes(Path appDirectory) {
		return Stream.of("cds.jsa", "aot-cds.jsa")
			.map(appDirectory::resolve)
			.filter(Files::isRegularFile)
			.map((file) -> file.getFileName() + " " + size(file) / (1024 * 1024) + " MB")
			.toList()
			.toString();
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
