package io.github.singlestorehttp.benchmarks.decode;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

import io.github.singlestorehttp.client.codec.RowFactory;
import io.github.singlestorehttp.client.codec.TuplesDecoder;

/**
 * The template's way: {@link TuplesDecoder} fed chunk by chunk, producing the typed values of each row (Long,
 * BigDecimal, LocalDateTime, byte[], raw JSON text, …) as it goes. The template wraps each value array in a
 * {@code Row} that shares its result set's metadata; that one small object per row is not included here.
 */
public final class DecoderParse {

	private static final RowFactory<Object[]> VALUES = (columns) -> (values) -> values;

	private DecoderParse() {
	}

	/**
	 * Decodes a body.
	 * @param body the body; its position is not changed
	 * @param chunkSize the bytes fed at a time
	 * @param sink receives every row
	 * @return the number of rows
	 */
	public static long decode(ByteBuffer body, int chunkSize, Consumer<Object[]> sink) {
		TuplesDecoder<Object[]> decoder = new TuplesDecoder<>(VALUES);
		long rows = 0;
		for (ByteBuffer chunk : Chunks.of(body, chunkSize)) {
			for (Object[] row : decoder.decode(chunk)) {
				sink.accept(row);
				rows++;
			}
		}
		for (Object[] row : decoder.finish()) {
			sink.accept(row);
			rows++;
		}
		return rows;
	}

}
