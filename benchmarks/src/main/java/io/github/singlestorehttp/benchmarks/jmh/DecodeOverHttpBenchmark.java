package io.github.singlestorehttp.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import io.github.singlestorehttp.benchmarks.decode.BareParse;
import io.github.singlestorehttp.benchmarks.decode.TreeParse;
import io.github.singlestorehttp.benchmarks.fixture.FixedResponseServer;
import io.github.singlestorehttp.benchmarks.fixture.JdkDataApiClient;
import io.github.singlestorehttp.benchmarks.fixture.TableShape;
import io.github.singlestorehttp.benchmarks.fixture.Templates;
import io.github.singlestorehttp.benchmarks.fixture.TuplesBodies;
import io.github.singlestorehttp.client.Row;
import io.github.singlestorehttp.client.SingleStoreTemplate;

/**
 * A large query end to end against the in-process fixed-response server: the template ({@code queryForStream} and
 * reactive {@code queryRows}) against the JDK client streaming the body into the bare Jackson parse, and against the
 * JDK client parsing it into a tree of maps. One operation is one whole query. One more variant measures how much of
 * the blocking stream's cost is the hand-over of rows between threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeOverHttpBenchmark {

	private static final String SQL = "SELECT * FROM big";

	private static final int LARGE_PREFETCH = 8192;

	/** The columns. */
	@Param({ "NARROW", "WIDE" })
	public TableShape shape;

	/** The rows in the body. */
	@Param({ "1000000" })
	public int rows;

	private FixedResponseServer server;

	private JdkDataApiClient jdk;

	private SingleStoreTemplate template;

	/**
	 * Starts the server with the body and the clients.
	 */
	@Setup(Level.Trial)
	public void start() {
		this.server = FixedResponseServer.start(TuplesBodies.bytes(this.shape, this.rows), 2);
		this.jdk = new JdkDataApiClient(this.server.url(), "root", "pw", "app");
		this.template = Templates.create(this.server.url(), "root", "pw", "app");
	}

	/**
	 * Stops the server.
	 */
	@TearDown(Level.Trial)
	public void stop() {
		this.server.close();
	}

	/**
	 * The ceiling: the JDK client's body stream into the bare streaming parse.
	 * @return the result
	 */
	@Benchmark
	public BareParse.Parsed jdkHttpBareParse() {
		return BareParse.blocking(this.jdk.queryStream(SQL), (row) -> {
		});
	}

	/**
	 * The naive client: the JDK client's body into a tree of maps.
	 * @return the row count
	 */
	@Benchmark
	public int jdkHttpTree() {
		return TreeParse.rowCount(TreeParse.parse(this.jdk.queryStream(SQL)));
	}

	/**
	 * The blocking template, streaming typed rows ({@code queryForStream}).
	 * @param blackhole consumes every row
	 * @return the row count
	 */
	@Benchmark
	public long templateStream(Blackhole blackhole) {
		return consumeAll(this.template.queryForStream(SQL, (row, index) -> row), blackhole);
	}

	/**
	 * The reactive rows turned into a blocking stream one row at a time ({@code Flux.toStream}, prefetch
	 * {@value #LARGE_PREFETCH}), for comparison with {@code queryForStream}, which hands rows over once per received
	 * buffer.
	 * @param blackhole consumes every row
	 * @return the row count
	 */
	@Benchmark
	public long reactiveToStreamLargePrefetch(Blackhole blackhole) {
		return consumeAll(this.template.reactive().queryRows(SQL).toStream(LARGE_PREFETCH), blackhole);
	}

	private static long consumeAll(Stream<Row> stream, Blackhole blackhole) {
		long count = 0;
		try (stream) {
			for (Row row : (Iterable<Row>) stream::iterator) {
				blackhole.consume(row);
				count++;
			}
		}
		return count;
	}

	/**
	 * The reactive template, counting typed rows as they arrive.
	 * @return the row count
	 */
	@Benchmark
	public Long templateReactive() {
		return this.template.reactive().queryRows(SQL).count().block();
	}

}
