package io.github.singlestorehttp.client.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Takes the text of JSON values out of a response as the parser passes over them. An object or array is cut
 * from the bytes fed to the parser, exactly as the server wrote it, also when it spans chunks: the part of an
 * unfinished value in a chunk is kept before the next chunk replaces it. A scalar is written back from its
 * token (strings quoted and escaped, numbers with the text they were read as).
 * <p>
 * Not thread-safe; one instance per decoder, told of every chunk the parser is fed.
 */
final class RawJsonSlicer {

	private static final byte[] NO_INPUT = {};

	private final ByteArrayOutputStream unfinished = new ByteArrayOutputStream();

	private byte[] input = NO_INPUT;

	private int inputFrom;

	private int inputTo;

	/** Where {@code input[inputFrom]} lies in the body. */
	private long inputOffset;

	/** Where the first byte of the current value not yet kept in {@link #unfinished} lies in the body. */
	private long valueOffset;

	private int depth;

	/**
	 * Take note of the chunk the parser is fed next.
	 * @param bytes the array holding the chunk; read until {@link #endOfChunk()}
	 * @param from the index of the chunk's first byte
	 * @param to the index after its last byte
	 */
	void chunk(byte[] bytes, int from, int to) {
		this.inputOffset += this.inputTo - this.inputFrom;
		this.input = bytes;
		this.inputFrom = from;
		this.inputTo = to;
	}

	/**
	 * Keep the part of an unfinished value that the current chunk holds, before the chunk's bytes are reused.
	 */
	void endOfChunk() {
		if (this.depth > 0) {
			int from = index(this.valueOffset);
			this.unfinished.write(this.input, from, this.inputTo - from);
			this.valueOffset = this.inputOffset + (this.inputTo - this.inputFrom);
		}
		this.input = NO_INPUT;
	}

	/**
	 * Read the parser's current token as part of a value.
	 * @param parser the parser, positioned on the token
	 * @return the value's JSON text when the token completes it, otherwise {@code null}
	 */
	@Nullable String read(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token.isStructStart()) {
			if (this.depth++ == 0) {
				// The parser stands just after the '{' or '['.
				this.valueOffset = parser.currentLocation().getByteOffset() - 1;
			}
			return null;
		}
		if (token.isStructEnd()) {
			return (--this.depth == 0) ? cut(parser.currentLocation().getByteOffset()) : null;
		}
		return (this.depth == 0) ? scalar(parser, token) : null;
	}

	private String cut(long endOffset) {
		int from = index(this.valueOffset);
		int length = index(endOffset) - from;
		if (this.unfinished.size() == 0) {
			return new String(this.input, from, length, StandardCharsets.UTF_8);
		}
		this.unfinished.write(this.input, from, length);
		String text = this.unfinished.toString(StandardCharsets.UTF_8);
		this.unfinished.reset();
		return text;
	}

	private int index(long offset) {
		return this.inputFrom + Math.toIntExact(offset - this.inputOffset);
	}

	private static String scalar(JsonParser parser, JsonToken token) {
		if (token == JsonToken.VALUE_STRING) {
			StringBuilder quoted = new StringBuilder(parser.getStringLength() + 2).append('"');
			JsonStringEncoder.getInstance().quoteAsString(parser.getString(), quoted);
			return quoted.append('"').toString();
		}
		return parser.getString();
	}

}
