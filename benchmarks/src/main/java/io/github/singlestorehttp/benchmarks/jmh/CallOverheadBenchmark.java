package io.github.singlestorehttp.benchmarks.jmh;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.github.singlestorehttp.benchmarks.fixture.FixedResponseServer;
import io.github.singlestorehttp.benchmarks.fixture.JdkDataApiClient;
import io.github.singlestorehttp.benchmarks.fixture.PointQuery;
import io.github.singlestorehttp.benchmarks.fixture.Templates;
import io.github.singlestorehttp.client.SingleStoreTemplate;

/**
 * Per-call overhead of a primary-key query against a server that answers instantly with a fixed one-row response:
 * the template, blocking and reactive (blocked on per call), against the plain JDK {@code HttpClient} + Jackson
 * baseline. Every JMH thread is one caller; {@link JmhSuite} runs this with 1, 16 and 64 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CallOverheadBenchmark {

	static final int SERVER_THREADS = 4;

	private FixedResponseServer server;

	private JdkDataApiClient jdk;

	private SingleStoreTemplate template;

	/**
	 * Starts the server and the clients, and makes one call with each.
	 */
	@Setup(Level.Trial)
	public void start() {
		this.server = FixedResponseServer.start(PointQuery.response(), SERVER_THREADS);
		this.jdk = new JdkDataApiClient(this.server.url(), "root", "pw", "app");
		this.template = Templates.create(this.server.url(), "root", "pw", "app");
		this.jdk.query(PointQuery.SQL, PointQuery.ID);
		this.template.query(PointQuery.SQL, PointQuery.ID);
	}

	/**
	 * Stops the server.
	 */
	@TearDown(Level.Trial)
	public void stop() {
		this.server.close();
	}

	/**
	 * The baseline: JDK HttpClient, Jackson into maps.
	 * @return the parsed response
	 */
	@Benchmark
	public Map<?, ?> jdkHttpClient() {
		return this.jdk.query(PointQuery.SQL, PointQuery.ID);
	}

	/**
	 * The blocking template: rows as maps of typed values.
	 * @return the rows
	 */
	@Benchmark
	public List<Map<String, Object>> templateBlocking() {
		return this.template.query(PointQuery.SQL, PointQuery.ID);
	}

	/**
	 * The reactive template, one call at a time per caller.
	 * @return the rows
	 */
	@Benchmark
	public List<Map<String, Object>> templateReactive() {
		return this.template.reactive().query(PointQuery.SQL, PointQuery.ID).collectList().block();
	}

}
