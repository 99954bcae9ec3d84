package io.github.singlestorehttp.benchmarks.harness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import io.github.singlestorehttp.benchmarks.harness.PointWorkloads.Client;
import io.github.singlestorehttp.benchmarks.support.Report;
import io.github.singlestorehttp.benchmarks.support.Samples;

/**
 * Primary-key SELECT and single-row INSERT at 1, 16 and 64 concurrent callers through the template, the JDK client
 * and plain JDBC, repeated with the clients interleaved; reports medians with spread and ratios against JDBC on the
 * same database (what HTTP costs over a direct connection) and against the JDK client (what the template costs over
 * plain HTTP).
 */
final class PointLoadSection {

	private static final int[] CALLERS = { 1, 16, 64 };

	private final PointWorkloads workloads;

	private final LoadDriver driver;

	private final int repeats;

	private final Report report;

	private final Supplier<String> quiet;

	PointLoadSection(PointWorkloads workloads, LoadDriver driver, int repeats, Report report, Supplier<String> quiet) {
		this.workloads = workloads;
		this.driver = driver;
		this.repeats = repeats;
		this.report = report;
		this.quiet = quiet;
	}

	void run() {
		measure("Primary-key SELECT", this.workloads::select, false);
		measure("Single-row INSERT", this.workloads::insert, true);
	}

	private void measure(String title, Function<Client, Call> calls, boolean clearEvents) {
		String conditions = this.quiet.get();
		Map<Integer, Map<Client, List<LoadResult>>> results = new LinkedHashMap<>();
		for (int repeat = 0; repeat < this.repeats; repeat++) {
			for (int callers : CALLERS) {
				for (Client client : Client.values()) {
					if (clearEvents) {
						this.workloads.clearEvents();
					}
					LoadResult result = this.driver.run(callers, calls.apply(client));
					results.computeIfAbsent(callers, (key) -> new EnumMap<>(Client.class))
						.computeIfAbsent(client, (key) -> new ArrayList<>())
						.add(result);
				}
			}
		}
		this.report.line("");
		this.report.line("## %s against the local server (median of %d runs, spread in parentheses; %s)", title,
				this.repeats, conditions);
		this.report.line("| callers | client | calls/s | p50 µs | p99 µs | calls/s ÷ JDBC | p50 ÷ JDBC | calls/s ÷ JDK client |");
		this.report.line("|---:|---|---:|---:|---:|---:|---:|---:|");
		for (Map.Entry<Integer, Map<Client, List<LoadResult>>> entry : results.entrySet()) {
			Map<Client, List<LoadResult>> byClient = entry.getValue();
			double jdbcRate = median(byClient.get(Client.JDBC), LoadResult::callsPerSecond);
			double jdbcP50 = median(byClient.get(Client.JDBC), (result) -> result.p50Nanos());
			double jdkRate = median(byClient.get(Client.JDK_HTTP_CLIENT), LoadResult::callsPerSecond);
			for (Client client : Client.values()) {
				List<LoadResult> runs = byClient.get(client);
				double rate = median(runs, LoadResult::callsPerSecond);
				double p50 = median(runs, (result) -> result.p50Nanos());
				this.report.line("| %d | %s | %s | %s | %s | %.3f | %.1f | %.2f |", entry.getKey(), client.label(),
						samples(runs, LoadResult::callsPerSecond).describe("%,.0f"),
						samples(runs, (result) -> result.p50Nanos() / 1e3).describe("%,.0f"),
						samples(runs, (result) -> result.p99Nanos() / 1e3).describe("%,.0f"), rate / jdbcRate,
						p50 / jdbcP50, rate / jdkRate);
			}
		}
	}

	private static double median(List<LoadResult> runs, ToDoubleFunction<LoadResult> figure) {
		return samples(runs, figure).median();
	}

	private static Samples samples(List<LoadResult> runs, ToDoubleFunction<LoadResult> figure) {
		return Samples.of(runs.stream().mapToDouble(figure).toArray());
	}

}
