package io.github.singlestorehttp.benchmarks.jmh;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import io.github.singlestorehttp.benchmarks.decode.BareParse;
import io.github.singlestorehttp.benchmarks.decode.DecoderParse;
import io.github.singlestorehttp.benchmarks.decode.TokenScan;
import io.github.singlestorehttp.benchmarks.decode.TreeParse;
import io.github.singlestorehttp.benchmarks.fixture.TableShape;
import io.github.singlestorehttp.benchmarks.fixture.TuplesBodies;

/**
 * Decoding a whole tuples body held in memory: the template's {@code TuplesDecoder} against a bare Jackson streaming
 * parse of the same bytes (the ceiling), the bare parse on the non-blocking parser (what any streaming client pays),
 * tokenizing alone (the floor) and parsing into a tree of maps (the naive client). One operation decodes the whole
 * body; {@link JmhSuite} turns scores into rows/s and bytes/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {

	/** The bytes fed at a time to the non-blocking parsers, about what one network read delivers. */
	static final int CHUNK_BYTES = 16 * 1024;

	/** The columns. */
	@Param({ "NARROW", "WIDE" })
	public TableShape shape;

	/** The rows in the body. */
	@Param({ "1000000" })
	public int rows;

	private byte[] body;

	/**
	 * Loads the body and checks that every variant finds all its rows.
	 */
	@Setup(Level.Trial)
	public void load() {
		this.body = TuplesBodies.bytes(this.shape, this.rows);
		long[] counts = { bareParse().rows(), bareParseNonBlocking().rows(),
				DecoderParse.decode(ByteBuffer.wrap(this.body), CHUNK_BYTES, (row) -> {
				}), TreeParse.rowCount(treeOfMaps()) };
		for (long count : counts) {
			if (count != this.rows) {
				throw new IllegalStateException("A decoder found " + count + " rows instead of " + this.rows);
			}
		}
	}

	/**
	 * The floor: tokens only.
	 * @return the token count
	 */
	@Benchmark
	public long tokensOnly() {
		return TokenScan.count(this.body);
	}

	/**
	 * The ceiling: blocking streaming parse reading every value.
	 * @return the result
	 */
	@Benchmark
	public BareParse.Parsed bareParse() {
		return BareParse.blocking(this.body);
	}

	/**
	 * The same bare parse on the non-blocking parser, fed in chunks.
	 * @return the result
	 */
	@Benchmark
	public BareParse.Parsed bareParseNonBlocking() {
		return BareParse.nonBlocking(ByteBuffer.wrap(this.body), CHUNK_BYTES);
	}

	/**
	 * The template's decoder, fed in chunks, producing typed rows.
	 * @param blackhole consumes every row
	 * @return the row count
	 */
	@Benchmark
	public long templateDecoder(Blackhole blackhole) {
		return DecoderParse.decode(ByteBuffer.wrap(this.body), CHUNK_BYTES, blackhole::consume);
	}

	/**
	 * The naive client: everything into maps and lists.
	 * @return the tree
	 */
	@Benchmark
	public Map<?, ?> treeOfMaps() {
		return TreeParse.parse(this.body);
	}

}
