package io.github.singlestorehttp.benchmarks.heap;

import java.nio.ByteBuffer;
import java.util.Map;

import io.github.singlestorehttp.benchmarks.decode.BareParse;
import io.github.singlestorehttp.benchmarks.decode.DecoderParse;
import io.github.singlestorehttp.benchmarks.decode.TreeParse;

/**
 * The decoders whose heap needs are compared, each reading a body that lies outside the heap.
 */
enum DecodeVariant {

	/** The bare streaming parse (blocking parser over a stream): the baseline. */
	BARE_PARSE {
		@Override
		long decode(ByteBuffer body) {
			return BareParse.blocking(new ByteBufferInputStream(body), (row) -> {
			}).rows();
		}
	},

	/** The template's decoder, fed in chunks; rows are dropped as soon as they are decoded. */
	TEMPLATE_DECODER {
		@Override
		long decode(ByteBuffer body) {
			return DecoderParse.decode(body, CHUNK_BYTES, (row) -> {
			});
		}
	},

	/** The whole body into a tree of maps, held until the rows are counted. */
	TREE_OF_MAPS {
		@Override
		long decode(ByteBuffer body) {
			Map<?, ?> tree = TreeParse.parse(new ByteBufferInputStream(body));
			return TreeParse.rowCount(tree);
		}
	};

	private static final int CHUNK_BYTES = 16 * 1024;

	/**
	 * Decodes a body.
	 * @param body the body
	 * @return the number of rows
	 */
	abstract long decode(ByteBuffer body);

}
