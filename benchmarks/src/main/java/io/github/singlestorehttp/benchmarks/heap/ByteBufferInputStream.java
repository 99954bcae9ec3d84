package io.github.singlestorehttp.benchmarks.heap;

import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Reads a buffer (for example a file mapped outside the heap) as a stream.
 */
final class ByteBufferInputStream extends InputStream {

	private final ByteBuffer buffer;

	ByteBufferInputStream(ByteBuffer buffer) {
		this.buffer = buffer.duplicate();
	}

	@Override
	public int read() {
		return this.buffer.hasRemaining() ? (this.buffer.get() & 0xFF) : -1;
	}

	@Override
	public int read(byte[] bytes, int offset, int length) {
		if (length == 0) {
			return 0;
		}
		if (!this.buffer.hasRemaining()) {
			return -1;
		}
		int count = Math.min(length, this.buffer.remaining());
		this.buffer.get(bytes, offset, count);
		return count;
	}

	@Override
	public int available() {
		return this.buffer.remaining();
	}

}
