package io.github.singlestorehttp.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;

import io.github.singlestorehttp.benchmarks.fixture.TableShape;
import io.github.singlestorehttp.benchmarks.fixture.TuplesBodies;
import io.github.singlestorehttp.benchmarks.support.Groups;
import io.github.singlestorehttp.benchmarks.support.QuietMachine;
import io.github.singlestorehttp.benchmarks.support.Report;
import io.github.singlestorehttp.benchmarks.support.RunMode;

/**
 * Runs the JMH benchmarks and reports every figure as a ratio against its baseline from the same run.
 * <pre class="code">
 * java -cp benchmarks.jar io.github.singlestorehttp.benchmarks.jmh.JmhSuite quick|full [overhead,reactive,decode,http]
 * </pre>
 */
public final class JmhSuite {

	private static final Set<String> GROUPS = Set.of("overhead", "reactive", "decode", "http");

	private JmhSuite() {
	}

	/**
	 * Runs the suite.
	 * @param args the mode, then optionally a comma-separated list of groups
	 * @throws RunnerException if a benchmark fails
	 * @throws IOException if the results directory cannot be created
	 */
	public static void main(String[] args) throws RunnerException, IOException {
		RunMode mode = RunMode.fromArgs(args);
		Groups groups = Groups.fromArgs(args, GROUPS);
		Files.createDirectories(Report.resultsDirectory());
		JmhPlan plan = new JmhPlan(mode);
		Report report = new Report();
		JmhReport tables = new JmhReport(report);
		report.line("# JMH suite, %s mode; %d cores, Java %s (%s)", mode.label(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				System.getProperty("java.vm.name"));
		Duration quietWait = mode.pick(Duration.ZERO, Duration.ofMinutes(3));
		List<String> conditions = new ArrayList<>();
		Map<Integer, Collection<RunResult>> overhead = new LinkedHashMap<>();
		if (groups.includesAny("overhead", "reactive")) {
			for (int threads : plan.callerCounts()) {
				overhead.put(threads, run("per-call, " + threads + " callers", plan.callOverhead(threads), quietWait,
						conditions));
			}
			tables.callOverhead(overhead);
		}
		if (groups.includesAny("reactive")) {
			tables.reactiveConcurrency(run("in flight", plan.reactiveConcurrency(), quietWait, conditions),
					overhead.get(1));
		}
		if (groups.includesAny("decode", "http")) {
			for (TableShape shape : TableShape.values()) {
				TuplesBodies.file(shape, plan.decodeRows());
			}
		}
		if (groups.includesAny("decode")) {
			tables.decoding("Decoding a body in memory", run("decoding", plan.decode(), quietWait, conditions),
					"bareParse", plan.decodeRows());
		}
		if (groups.includesAny("http")) {
			tables.decoding("A large query through HTTP (in-process fixed-response server)",
					run("decoding over HTTP", plan.decodeOverHttp(), quietWait, conditions), "jdkHttpBareParse",
					plan.decodeRows());
		}
		report.line("");
		report.line("Conditions at the start of each group:");
		conditions.forEach((condition) -> report.line("- " + condition));
		report.save(Report.resultsDirectory().resolve("jmh-summary-" + mode.label() + groups.fileSuffix() + ".txt"));
	}

	private static Collection<RunResult> run(String group, ChainedOptionsBuilder options, Duration quietWait,
			List<String> conditions) throws RunnerException {
		conditions.add(group + ": " + QuietMachine.await(quietWait));
		return new ArrayList<>(new Runner(options.build()).run());
	}

}
