package io.github.singlestorehttp.benchmarks.decode;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a body into the chunks a network client would receive it in.
 */
final class Chunks {

	private Chunks() {
	}

	/**
	 * Cuts a buffer into slices sharing its content.
	 * @param body the body; its position is not changed
	 * @param chunkSize the size of every slice but the last
	 * @return the slices in order
	 */
	static List<ByteBuffer> of(ByteBuffer body, int chunkSize) {
		List<ByteBuffer> chunks = new ArrayList<>(body.remaining() / chunkSize + 1);
		for (int start = body.position(); start < body.limit(); start += chunkSize) {
			int end = Math.min(body.limit(), start + chunkSize);
			chunks.add(body.duplicate().position(start).limit(end).slice());
		}
		return chunks;
	}

}
