package io.github.singlestorehttp.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.singlestorehttp.benchmarks.fixture.FixedResponseServer;
import io.github.singlestorehttp.benchmarks.fixture.JdkDataApiClient;
import io.github.singlestorehttp.benchmarks.fixture.PointQuery;
import io.github.singlestorehttp.benchmarks.fixture.Templates;
import io.github.singlestorehttp.client.SingleStoreTemplate;

/**
 * Throughput of one thread keeping {@code inFlight} calls under way at once: the reactive template through
 * {@code flatMap}, and, for context, the JDK client's {@code sendAsync} driven the same way. Scores are calls per
 * second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReactiveConcurrencyBenchmark {

	static final int CALLS = 256;

	/** Calls under way at once. */
	@Param({ "1", "16", "64" })
	public int inFlight;

	private FixedResponseServer server;

	private JdkDataApiClient jdk;

	private SingleStoreTemplate template;

	/**
	 * Starts the server and the clients, and makes one call with each.
	 */
	@Setup(Level.Trial)
	public void start() {
		this.server = FixedResponseServer.start(PointQuery.response(), CallOverheadBenchmark.SERVER_THREADS);
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
	 * The reactive template.
	 * @return the number of calls completed
	 */
	@Benchmark
	@OperationsPerInvocation(CALLS)
	public Long templateReactive() {
		return Flux.range(0, CALLS)
			.flatMap((i) -> this.template.reactive().query(PointQuery.SQL, PointQuery.ID).collectList(), this.inFlight)
			.count()
			.block();
	}

	/**
	 * The JDK client's asynchronous API.
	 * @return the number of calls completed
	 */
	@Benchmark
	@OperationsPerInvocation(CALLS)
	public Long jdkHttpClientAsync() {
		return Flux.range(0, CALLS)
			.flatMap((i) -> Mono.fromFuture(() -> this.jdk.queryAsync(PointQuery.SQL, PointQuery.ID)), this.inFlight)
			.count()
			.block();
	}

}
