package io.github.singlestorehttp.benchmarks.decode;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

import io.github.singlestorehttp.client.Row;
import io.github.singlestorehttp.client.codec.TuplesDecoder;
import io.github.singlestorehttp.client.mapping.SingleStoreConversions;

/**
 * The template's way: {@link TuplesDecoder} fed chunk by chunk, producing typed {@link Row}s (Long, BigDecimal,
 * LocalDateTime, byte[], raw JSON text, …) as it goes.
 */
public final class DecoderParse {

	private DecoderParse() {
	}

	/**
	 * Decodes a body.
	 * @param body the body; its position is not changed
	 * @param chunkSize the bytes fed at a time
	 * @param sink receives every row
	 * @return the number of rows
	 */
	public static long decode(ByteBuffer body, int chunkSize, Consumer<Row> sink) {
		TuplesDecoder decoder = new TuplesDecoder(SingleStoreConversions.getSharedInstance());
		long rows = 0;
		for (ByteBuffer chunk : Chunks.of(body, chunkSize)) {
			for (Row row : decoder.decode(chunk)) {
				sink.accept(row);
				rows++;
			}
		}
		for (Row row : decoder.finish()) {
			sink.accept(row);
			rows++;
		}
		return rows;
	}

}
