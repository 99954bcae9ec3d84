package io.github.singlestorehttp.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import io.github.singlestorehttp.benchmarks.support.Report;
import io.github.singlestorehttp.benchmarks.support.RunMode;

/**
 * The JMH options of every benchmark group in quick and full mode: forks, warm-up, measurement, heap and profilers.
 * Quick mode runs in the launching JVM (no forks) with one short iteration, as a smoke test whose figures mean
 * nothing; full mode forks twice per benchmark with warm-up.
 */
final class JmhPlan {

	private static final String NODELAY = "-Dsun.net.httpserver.nodelay=true";

	/**
	 * Heaps are fixed in size and touched at start: on the virtual machines these figures come from, a large heap
	 * touched lazily made the same benchmark swing by 3× between iterations (its pages are faulted in while
	 * measuring).
	 */
	private static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";

	private final RunMode mode;

	JmhPlan(RunMode mode) {
		this.mode = mode;
	}

	/**
	 * The rows of the decoding bodies.
	 * @return 1,000,000 in full mode, fewer in quick mode
	 */
	int decodeRows() {
		return this.mode.pick(20_000, 1_000_000);
	}

	/**
	 * The caller counts of the per-call benchmark.
	 * @return the thread counts
	 */
	int[] callerCounts() {
		return new int[] { 1, 16, 64 };
	}

	ChainedOptionsBuilder callOverhead(int threads) {
		return calls(base("call-overhead-t" + threads).include(CallOverheadBenchmark.class.getName() + "\\.")
			.threads(threads));
	}

	ChainedOptionsBuilder reactiveConcurrency() {
		return calls(base("reactive-concurrency").include(ReactiveConcurrencyBenchmark.class.getName() + "\\."));
	}

	/**
	 * The HTTP stacks (Reactor Netty and Spring above all) need a long warm-up on two cores: the template's
	 * throughput at 16 and 64 concurrent calls still grows after 15 s of calls.
	 */
	private ChainedOptionsBuilder calls(ChainedOptionsBuilder options) {
		return options.jvmArgsAppend("-Xms1g", "-Xmx1g", PRE_TOUCH, NODELAY)
			.warmupIterations(this.mode.pick(1, 8))
			.warmupTime(TimeValue.milliseconds(this.mode.pick(100, 3000)))
			.measurementTime(TimeValue.milliseconds(this.mode.pick(200, 3000)));
	}

	ChainedOptionsBuilder decode() {
		return heavy(base("decode").include(DecodeBenchmark.class.getName() + "\\."));
	}

	ChainedOptionsBuilder decodeOverHttp() {
		return heavy(base("decode-over-http").include(DecodeOverHttpBenchmark.class.getName() + "\\."));
	}

	private ChainedOptionsBuilder heavy(ChainedOptionsBuilder options) {
		return options.param("rows", Integer.toString(decodeRows()))
			.addProfiler(GCProfiler.class)
			.jvmArgsAppend("-Xms3g", "-Xmx3g", PRE_TOUCH, NODELAY)
			.timeout(TimeValue.minutes(10))
			.warmupIterations(this.mode.pick(1, 3))
			.measurementIterations(this.mode.pick(1, 5))
			.warmupTime(TimeValue.milliseconds(this.mode.pick(100, 3000)))
			.measurementTime(TimeValue.milliseconds(this.mode.pick(200, 5000)));
	}

	private ChainedOptionsBuilder base(String name) {
		return new OptionsBuilder().forks(this.mode.pick(0, 2))
			.warmupIterations(this.mode.pick(1, 3))
			.warmupTime(TimeValue.milliseconds(this.mode.pick(100, 2000)))
			.measurementIterations(this.mode.pick(1, 5))
			.measurementTime(TimeValue.milliseconds(this.mode.pick(200, 2000)))
			.timeUnit(TimeUnit.SECONDS)
			.shouldFailOnError(true)
			.result(Report.resultsDirectory().resolve("jmh-" + name + "-" + this.mode.label() + ".json").toString())
			.resultFormat(ResultFormatType.JSON);
	}

}
