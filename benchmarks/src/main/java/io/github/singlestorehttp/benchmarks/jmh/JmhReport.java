package io.github.singlestorehttp.benchmarks.jmh;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import io.github.singlestorehttp.benchmarks.fixture.TableShape;
import io.github.singlestorehttp.benchmarks.fixture.TuplesBodies;
import io.github.singlestorehttp.benchmarks.support.Report;

/**
 * Turns JMH results into the tables of the report: every score next to its ratio against the baseline measured in
 * the same run.
 */
final class JmhReport {

	private static final String ALLOCATION = "gc.alloc.rate.norm";

	private final Report report;

	JmhReport(Report report) {
		this.report = report;
	}

	void callOverhead(Map<Integer, Collection<RunResult>> byThreads) {
		this.report.line("");
		this.report.line("## Per-call overhead, fixed one-row response (calls/s ± 99.9% CI; ratio = template / JDK HttpClient baseline, same caller count)");
		this.report.line("| callers | JDK HttpClient + Jackson | template blocking | ratio | template reactive (block per call) | ratio |");
		this.report.line("|---:|---:|---:|---:|---:|---:|");
		for (Map.Entry<Integer, Collection<RunResult>> entry : byThreads.entrySet()) {
			Collection<RunResult> results = entry.getValue();
			RunResult baseline = find(results, "jdkHttpClient", null);
			RunResult blocking = find(results, "templateBlocking", null);
			RunResult reactive = find(results, "templateReactive", null);
			this.report.line("| %d | %s | %s | %.2f | %s | %.2f |", entry.getKey(), scoreText(baseline),
					scoreText(blocking), score(blocking) / score(baseline), scoreText(reactive),
					score(reactive) / score(baseline));
		}
	}

	void reactiveConcurrency(Collection<RunResult> results, Collection<RunResult> singleCaller) {
		double baseline = score(singleCaller, "jdkHttpClient", null);
		this.report.line("");
		this.report.line("## One thread, N calls in flight (calls/s; ratio = against the JDK baseline with one blocking caller: %,.0f calls/s)", baseline);
		this.report.line("| in flight | template reactive (flatMap) | ratio | JDK sendAsync (flatMap) | ratio |");
		this.report.line("|---:|---:|---:|---:|---:|");
		for (String inFlight : new String[] { "1", "16", "64" }) {
			RunResult reactive = find(results, "templateReactive", inFlight);
			RunResult async = find(results, "jdkHttpClientAsync", inFlight);
			this.report.line("| %s | %s | %.2f | %s | %.2f |", inFlight, scoreText(reactive), score(reactive) / baseline,
					scoreText(async), score(async) / baseline);
		}
	}

	void decoding(String title, Collection<RunResult> results, String baselineMethod, int rows) {
		this.report.line("");
		this.report.line("## %s, %,d rows (time ratio = baseline ops/s / variant ops/s, so 1.25 means 25%% slower than %s)",
				title, rows, baselineMethod);
		for (TableShape shape : TableShape.values()) {
			long bytes = TuplesBodies.size(shape, rows);
			double baseline = score(results, baselineMethod, shape.name());
			this.report.line("");
			this.report.line("%s (%d columns, body %,.1f MB):", shape.name().toLowerCase(), shape.columns().size(),
					bytes / 1e6);
			this.report.line("| variant | rows/s | ± (99.9%% CI) | MB/s | B allocated/row | time ratio vs %s |",
					baselineMethod);
			this.report.line("|---|---:|---:|---:|---:|---:|");
			for (RunResult result : results) {
				if (!shape.name().equals(result.getParams().getParam("shape"))) {
					continue;
				}
				double ops = result.getPrimaryResult().getScore();
				String allocated = allocation(result).map((b) -> String.format("%,.0f", b / rows)).orElse("n/a");
				this.report.line("| %s | %,.0f | %s | %,.1f | %s | %.2f |", method(result), ops * rows,
						relativeError(result), ops * bytes / 1e6, allocated, baseline / ops);
			}
		}
	}

	private static Optional<Double> allocation(RunResult result) {
		for (Map.Entry<String, Result> entry : result.getSecondaryResults().entrySet()) {
			if (entry.getKey().endsWith(ALLOCATION)) {
				return Optional.of(entry.getValue().getScore());
			}
		}
		return Optional.empty();
	}

	private static double score(Collection<RunResult> results, String method, @Nullable String param) {
		return score(find(results, method, param));
	}

	private static double score(RunResult result) {
		return result.getPrimaryResult().getScore();
	}

	private static String scoreText(RunResult result) {
		double error = result.getPrimaryResult().getScoreError();
		return Double.isNaN(error) ? String.format("%,.0f", score(result))
				: String.format("%,.0f ± %,.0f", score(result), error);
	}

	private static String relativeError(RunResult result) {
		double error = result.getPrimaryResult().getScoreError();
		return Double.isNaN(error) ? "n/a" : String.format("%.0f%%", 100 * error / score(result));
	}

	private static RunResult find(Collection<RunResult> results, String method, @Nullable String param) {
		for (RunResult result : results) {
			boolean paramMatches = param == null || result.getParams().getParamsKeys().stream()
				.anyMatch((key) -> param.equals(result.getParams().getParam(key)));
			if (method(result).equals(method) && paramMatches) {
				return result;
			}
		}
		throw new IllegalStateException("No result for " + method + " " + param);
	}

	private static String method(RunResult result) {
		String benchmark = result.getParams().getBenchmark();
		return benchmark.substring(benchmark.lastIndexOf('.') + 1);
	}

}
