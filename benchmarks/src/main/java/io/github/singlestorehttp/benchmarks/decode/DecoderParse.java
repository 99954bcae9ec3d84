package io.github.singlestorehttp.benchmarks.decode;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.client.codec.DecodedColumn;
import io.github.singlestorehttp.client.codec.RowFactory;
import io.github.singlestorehttp.client.codec.TuplesDecoder;

/**
 * The template's way: {@link TuplesDecoder} fed chunk by chunk, producing typed rows (Long, BigDecimal,
 * LocalDateTime, byte[], raw JSON text, …) as it goes. Each row is one object holding its values and the columns
 * of its result set, as the template's {@code Row} is.
 */
public final class DecoderParse {

	private static final RowFactory<DecodedRow> ROWS = (columns) -> (values) -> new DecodedRow(columns, values);

	private DecoderParse() {
	}

	/**
	 * Decodes a body.
	 * @param body the body; its position is not changed
	 * @param chunkSize the bytes fed at a time
	 * @param sink receives every row
	 * @return the number of rows
	 */
	public static long decode(ByteBuffer body, int chunkSize, Consumer<DecodedRow> sink) {
		TuplesDecoder<DecodedRow> decoder = new TuplesDecoder<>(ROWS);
		long rows = 0;
		for (ByteBuffer chunk : Chunks.of(body, chunkSize)) {
			for (DecodedRow row : decoder.decode(chunk)) {
				sink.accept(row);
				rows++;
			}
		}
		for (DecodedRow row : decoder.finish()) {
			sink.accept(row);
			rows++;
		}
		return rows;
	}

	/**
	 * A decoded row: its values and the columns of its result set.
	 *
	 * @param columns the columns, shared by the rows of a result set
	 * @param values the typed values
	 */
	public record DecodedRow(List<DecodedColumn> columns, @Nullable Object[] values) {
	}

}
