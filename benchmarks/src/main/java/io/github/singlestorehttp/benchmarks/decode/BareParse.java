package io.github.singlestorehttp.benchmarks.decode;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.function.LongConsumer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.async.ByteArrayFeeder;
import tools.jackson.core.json.JsonFactory;

/**
 * The ceiling: a bare Jackson streaming parse of a tuples body that reads every value and keeps nothing (see
 * {@link BareRowWalker}), with the blocking parser over bytes or a stream, or with the non-blocking parser fed in
 * chunks as a reactive client receives them.
 */
public final class BareParse {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private static final LongConsumer NO_LISTENER = (row) -> {
	};

	private BareParse() {
	}

	/**
	 * Parses a body held in memory with the blocking parser.
	 * @param body the body
	 * @return the result
	 */
	public static Parsed blocking(byte[] body) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
			return walk(parser, NO_LISTENER);
		}
	}

	/**
	 * Parses a body as it is read from a stream, with the blocking parser.
	 * @param body the stream, closed at the end
	 * @param onRow called at the end of every row with its zero-based number
	 * @return the result
	 */
	public static Parsed blocking(InputStream body, LongConsumer onRow) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
			return walk(parser, onRow);
		}
	}

	/**
	 * Parses a body with the non-blocking parser, feeding it chunk by chunk as arrays, as the template's decoder
	 * does.
	 * @param body the body; its position is not changed
	 * @param chunkSize the bytes fed at a time
	 * @return the result
	 */
	public static Parsed nonBlocking(ByteBuffer body, int chunkSize) {
		BareRowWalker walker = new BareRowWalker(NO_LISTENER);
		try (JsonParser parser = FACTORY.createNonBlockingByteArrayParser(ObjectReadContext.empty())) {
			ByteArrayFeeder feeder = (ByteArrayFeeder) parser.nonBlockingInputFeeder();
			for (ByteBuffer chunk : Chunks.of(body, chunkSize)) {
				int from = chunk.arrayOffset() + chunk.position();
				feeder.feedInput(chunk.array(), from, from + chunk.remaining());
				drain(parser, walker);
			}
			feeder.endOfInput();
			drain(parser, walker);
		}
		return new Parsed(walker.rows(), walker.checksum());
	}

	private static void drain(JsonParser parser, BareRowWalker walker) {
		JsonToken token;
		while ((token = parser.nextToken()) != null && token != JsonToken.NOT_AVAILABLE) {
			walker.token(token, parser);
		}
	}

	private static Parsed walk(JsonParser parser, LongConsumer onRow) {
		BareRowWalker walker = new BareRowWalker(onRow);
		JsonToken token;
		while ((token = parser.nextToken()) != null) {
			walker.token(token, parser);
		}
		return new Parsed(walker.rows(), walker.checksum());
	}

	/**
	 * What a bare parse found.
	 * @param rows the number of rows
	 * @param checksum a number that depends on every value
	 */
	public record Parsed(long rows, long checksum) {
	}

}
