package io.github.singlestorehttp.benchmarks.decode;

import java.util.function.LongConsumer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The least a client must do to hand over the values of a tuples body: takes the parser's tokens one at a time,
 * finds the rows of each result and materializes every scalar value as Jackson reads it ({@code String},
 * {@code long}, {@code double}), with no column types and no row objects; a nested JSON value is stepped over. The
 * same walker serves the blocking and the non-blocking parser, so the two can be compared on equal work.
 */
final class BareRowWalker {

	private static final int RESULT_DEPTH = 3;

	private static final int ROWS_DEPTH = 4;

	private static final int ROW_DEPTH = 5;

	private final LongConsumer onRow;

	private int depth;

	private boolean rowsNext;

	private boolean inRows;

	private long rows;

	private long checksum;

	/**
	 * Creates a walker.
	 * @param onRow called with the zero-based row number at the end of every row
	 */
	BareRowWalker(LongConsumer onRow) {
		this.onRow = onRow;
	}

	void token(JsonToken token, JsonParser parser) {
		if (token.isStructStart()) {
			this.depth++;
			if (this.depth == ROWS_DEPTH && this.rowsNext) {
				this.inRows = true;
			}
			this.rowsNext = false;
			return;
		}
		if (token.isStructEnd()) {
			if (this.inRows && this.depth == ROW_DEPTH) {
				this.onRow.accept(this.rows++);
			}
			else if (this.depth == ROWS_DEPTH) {
				this.inRows = false;
			}
			this.depth--;
			return;
		}
		if (token == JsonToken.PROPERTY_NAME) {
			this.rowsNext = this.depth == RESULT_DEPTH && "rows".equals(parser.currentName());
			return;
		}
		if (this.inRows && this.depth == ROW_DEPTH) {
			this.checksum += value(token, parser);
		}
	}

	private static long value(JsonToken token, JsonParser parser) {
		return switch (token) {
			case VALUE_STRING -> parser.getString().length();
			case VALUE_NUMBER_INT -> parser.getLongValue();
			case VALUE_NUMBER_FLOAT -> (long) parser.getDoubleValue();
			case VALUE_TRUE -> 1;
			default -> 0;
		};
	}

	/**
	 * The rows seen.
	 * @return the count
	 */
	long rows() {
		return this.rows;
	}

	/**
	 * A number that depends on every value, so that none of the work can be optimized away.
	 * @return the checksum
	 */
	long checksum() {
		return this.checksum;
	}

}
