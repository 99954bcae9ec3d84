package io.github.singlestorehttp.benchmarks.heap;

import java.nio.ByteBuffer;

import io.github.singlestorehttp.benchmarks.fixture.TableShape;
import io.github.singlestorehttp.benchmarks.fixture.TuplesBodies;
import io.github.singlestorehttp.benchmarks.support.HeapSampler;

/**
 * Child JVM main: decodes one body once with one variant and prints {@code rows=N peakMB=M}. Started by
 * {@link DecodeHeapLadder} with a capped heap; running out of heap ends the JVM with a non-zero status.
 * <pre class="code">
 * java -Xmx64m -XX:+ExitOnOutOfMemoryError -cp benchmarks.jar …DecodeOnce TEMPLATE_DECODER WIDE 1000000
 * </pre>
 */
public final class DecodeOnce {

	private DecodeOnce() {
	}

	/**
	 * Decodes.
	 * @param args the variant, the shape and the row count
	 */
	public static void main(String[] args) {
		DecodeVariant variant = DecodeVariant.valueOf(args[0]);
		TableShape shape = TableShape.valueOf(args[1]);
		int rows = Integer.parseInt(args[2]);
		ByteBuffer body = TuplesBodies.mapped(shape, rows);
		try (HeapSampler sampler = HeapSampler.start()) {
			long decoded = variant.decode(body);
			if (decoded != rows) {
				throw new IllegalStateException("Decoded " + decoded + " rows, expected " + rows);
			}
			System.out.printf("rows=%d peakMB=%.1f%n", decoded, sampler.peakBytes() / 1e6);
		}
	}

}
