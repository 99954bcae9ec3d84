package io.github.singlestorehttp.client.codec;

import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.async.ByteArrayFeeder;


/**
 * Decodes a {@code /query/tuples} response incrementally, chunk by chunk as it arrives, with Jackson's
 * non-blocking parser: each chunk yields the rows completed in it, so memory stays bounded by the chunk
 * size and the widest row, whatever the size of the result. Rows of the first result set are returned;
 * further result sets (stored procedures) are read and skipped. An {@code error} member is raised by
 * {@link #finish()}.
 * <p>
 * One instance decodes one response and is not thread-safe.
 *
 * @param <R> the type of the rows, made by a {@link RowFactory}
 */
public final class TuplesDecoder<R> {

	private enum State {

		ROOT, ROOT_OBJECT, RESULTS, RESULT, COLUMNS, COLUMN, ROWS, ROW, RAW_JSON, ERROR, SKIP, DONE

	}

	private final JsonParser parser = JsonText.FACTORY.createNonBlockingByteArrayParser(ObjectReadContext.empty());

	private final RawJsonSlicer rawJson = new RawJsonSlicer();

	private final ValueDecoder valueDecoder = new ValueDecoder();

	/** What the list of the next chunk's rows is sized for: chunks of a body tend to complete as many rows. */
	private int rowsInLastChunk;

	/** Holds a chunk that is not backed by an accessible array while the parser reads it. */
	private byte[] copiedChunk = new byte[0];

	private final RowFactory<R> rowFactory;

	private State state = State.ROOT;

	private State resumeState = State.ROOT;

	private int depth;

	private @Nullable String field;

	private int resultIndex = -1;

	private final List<DecodedColumn> columns = new ArrayList<>();

	private @Nullable Function<@Nullable Object[], R> rows;

	private ColumnKind[] kinds = new ColumnKind[0];

	private @Nullable String columnName;

	private @Nullable String columnType;

	private boolean columnNullable;

	private @Nullable Object[] values = new Object[0];

	private int valueIndex;

	private int errorCode;

	private @Nullable String errorMessage;

	/**
	 * Create a decoder for one response.
	 * @param rowFactory makes rows from the decoded values
	 */
	public TuplesDecoder(RowFactory<R> rowFactory) {
		this.rowFactory = rowFactory;
	}

	/**
	 * Decode the next chunk of the body.
	 * @param chunk the bytes; consumed fully before this method returns
	 * @return the rows completed in this chunk, possibly none
	 * @throws MalformedResponseException when the body is not a valid tuples response
	 */
	public List<R> decode(ByteBuffer chunk) {
		List<R> rows = new ArrayList<>(this.rowsInLastChunk);
		try {
			feed(chunk);
			drain(rows);
			this.rawJson.endOfChunk();
			this.rowsInLastChunk = rows.size();
		}
		catch (JacksonException | DateTimeException | IllegalArgumentException | ArithmeticException ex) {
			throw new MalformedResponseException("Response is not valid tuples JSON: " + ex.getMessage(), ex);
		}
		return rows;
	}

	/**
	 * Feed a chunk to the parser as an array, which it reads faster than a buffer: the chunk's own array when it
	 * has one, otherwise a copy. Either is read fully before {@link #decode} returns.
	 */
	private void feed(ByteBuffer chunk) {
		int length = chunk.remaining();
		byte[] bytes;
		int from;
		if (chunk.hasArray()) {
			bytes = chunk.array();
			from = chunk.arrayOffset() + chunk.position();
		}
		else {
			if (this.copiedChunk.length < length) {
				this.copiedChunk = new byte[length];
			}
			bytes = this.copiedChunk;
			from = 0;
			chunk.get(chunk.position(), bytes, 0, length);
		}
		((ByteArrayFeeder) this.parser.nonBlockingInputFeeder()).feedInput(bytes, from, from + length);
		this.rawJson.chunk(bytes, from, from + length);
	}

	/**
	 * Signal the end of the body and check that it was complete.
	 * @return the rows completed by the end of input, possibly none
	 * @throws MalformedResponseException when the body was truncated or empty
	 * @throws StreamedErrorException when the body ended with an {@code error} member
	 */
	public List<R> finish() {
		List<R> rows = new ArrayList<>();
		try {
			this.parser.nonBlockingInputFeeder().endOfInput();
			drain(rows);
		}
		catch (JacksonException ex) {
			throw new MalformedResponseException(
					"Response body ended before the JSON was complete (truncated): " + ex.getOriginalMessage(), ex);
		}
		if (this.state != State.DONE) {
			throw new MalformedResponseException((this.state == State.ROOT) ? "Response body is empty"
					: "Response body ended before the JSON was complete (truncated)");
		}
		if (this.errorMessage != null) {
			throw new StreamedErrorException(new StreamedError(this.errorCode, this.errorMessage));
		}
		if (this.resultIndex >= 0 && this.rows == null) {
			throw new MalformedResponseException("Response has a result without columns");
		}
		return rows;
	}

	private void drain(List<R> rows) {
		JsonToken token;
		while ((token = this.parser.nextToken()) != null && token != JsonToken.NOT_AVAILABLE) {
			// Values of rows are nearly every token of a large result: they skip the dispatch on the state.
			if (this.state == State.ROW) {
				rowValue(token, rows);
			}
			else {
				handle(token, rows);
			}
		}
	}

	private void handle(JsonToken token, List<R> rows) {
		switch (this.state) {
			case ROOT -> expect(token == JsonToken.START_OBJECT, "a JSON object", State.ROOT_OBJECT);
			case ROOT_OBJECT -> rootMember(token);
			case RESULTS -> {
				if (token == JsonToken.START_OBJECT) {
					this.resultIndex++;
					this.state = State.RESULT;
				}
				else {
					expect(token == JsonToken.END_ARRAY, "a result object", State.ROOT_OBJECT);
				}
			}
			case RESULT -> resultMember(token);
			case COLUMNS -> {
				if (token == JsonToken.START_OBJECT) {
					this.columnName = null;
					this.columnType = null;
					this.columnNullable = true;
					this.state = State.COLUMN;
				}
				else {
					expect(token == JsonToken.END_ARRAY, "a column object", State.RESULT);
					defineColumns();
				}
			}
			case COLUMN -> columnMember(token);
			case ROWS -> {
				if (token == JsonToken.START_ARRAY) {
					this.values = new Object[this.kinds.length];
					this.valueIndex = 0;
					this.state = State.ROW;
				}
				else {
					expect(token == JsonToken.END_ARRAY, "a row array", State.RESULT);
				}
			}
			case ROW -> rowValue(token, rows);
			case RAW_JSON -> rawJson();
			case ERROR -> errorMember(token);
			case SKIP -> skip(token);
			case DONE -> throw new MalformedResponseException("Unexpected content after the end of the response");
		}
	}

	private void rootMember(JsonToken token) {
		if (token == JsonToken.PROPERTY_NAME) {
			this.field = this.parser.currentName();
		}
		else if (token == JsonToken.END_OBJECT) {
			this.state = State.DONE;
		}
		else if ("results".equals(this.field)) {
			expect(token == JsonToken.START_ARRAY, "an array of results", State.RESULTS);
		}
		else if ("error".equals(this.field)) {
			expect(token == JsonToken.START_OBJECT, "an error object", State.ERROR);
		}
		else {
			startSkip(token, State.ROOT_OBJECT);
		}
	}

	private void resultMember(JsonToken token) {
		if (token == JsonToken.PROPERTY_NAME) {
			this.field = this.parser.currentName();
		}
		else if (token == JsonToken.END_OBJECT) {
			this.state = State.RESULTS;
		}
		else if ("columns".equals(this.field) && this.resultIndex == 0) {
			expect(token == JsonToken.START_ARRAY, "an array of columns", State.COLUMNS);
		}
		else if ("rows".equals(this.field) && this.resultIndex == 0) {
			if (this.rows == null) {
				throw new MalformedResponseException("Response has rows before its columns");
			}
			expect(token == JsonToken.START_ARRAY, "an array of rows", State.ROWS);
		}
		else {
			startSkip(token, State.RESULT);
		}
	}

	private void columnMember(JsonToken token) {
		if (token == JsonToken.PROPERTY_NAME) {
			this.field = this.parser.currentName();
		}
		else if (token == JsonToken.END_OBJECT) {
			if (this.columnName == null || this.columnType == null) {
				throw new MalformedResponseException("Column without name or dataType");
			}
			this.columns.add(new DecodedColumn(this.columnName, this.columnType, this.columnNullable));
			this.state = State.COLUMNS;
		}
		else if ("name".equals(this.field) && token == JsonToken.VALUE_STRING) {
			this.columnName = this.parser.getString();
		}
		else if ("dataType".equals(this.field) && token == JsonToken.VALUE_STRING) {
			this.columnType = this.parser.getString();
		}
		else if ("nullable".equals(this.field) && token.isBoolean()) {
			this.columnNullable = (token == JsonToken.VALUE_TRUE);
		}
		else {
			startSkip(token, State.COLUMN);
		}
	}

	private void defineColumns() {
		this.rows = this.rowFactory.forColumns(List.copyOf(this.columns));
		this.kinds = this.columns.stream().map((column) -> ColumnKind.of(column.dataType())).toArray(ColumnKind[]::new);
	}

	private void rowValue(JsonToken token, List<R> rows) {
		if (token == JsonToken.END_ARRAY) {
			if (this.valueIndex != this.kinds.length) {
				throw new MalformedResponseException(
						"Row has " + this.valueIndex + " values for " + this.kinds.length + " columns");
			}
			rows.add(this.rows.apply(this.values));
			this.state = State.ROWS;
			return;
		}
		if (this.valueIndex >= this.kinds.length) {
			throw new MalformedResponseException("Row has more values than the " + this.kinds.length + " columns");
		}
		ColumnKind kind = this.kinds[this.valueIndex];
		if ((kind == ColumnKind.JSON && token != JsonToken.VALUE_NULL)
				|| (kind == ColumnKind.VECTOR && token == JsonToken.START_ARRAY)) {
			this.state = State.RAW_JSON;
			rawJson();
			return;
		}
		if (token.isStructStart()) {
			throw new MalformedResponseException("Column '" + this.columns.get(this.valueIndex).name() + "' of type "
					+ this.columns.get(this.valueIndex).dataType() + " holds a JSON structure");
		}
		this.values[this.valueIndex++] = this.valueDecoder.decode(kind, this.parser);
	}

	private void rawJson() {
		String text = this.rawJson.read(this.parser);
		if (text != null) {
			this.values[this.valueIndex++] = text;
			this.state = State.ROW;
		}
	}

	private void errorMember(JsonToken token) {
		if (token == JsonToken.PROPERTY_NAME) {
			this.field = this.parser.currentName();
		}
		else if (token == JsonToken.END_OBJECT) {
			if (this.errorMessage == null) {
				this.errorMessage = "(no message)";
			}
			this.state = State.ROOT_OBJECT;
		}
		else if ("code".equals(this.field) && token == JsonToken.VALUE_NUMBER_INT) {
			this.errorCode = this.parser.getIntValue();
		}
		else if ("message".equals(this.field) && token == JsonToken.VALUE_STRING) {
			this.errorMessage = this.parser.getString();
		}
		else {
			startSkip(token, State.ERROR);
		}
	}

	private void startSkip(JsonToken token, State resume) {
		if (token.isStructStart()) {
			this.depth = 1;
			this.resumeState = resume;
			this.state = State.SKIP;
		}
	}

	private void skip(JsonToken token) {
		this.depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
		if (this.depth == 0) {
			this.state = this.resumeState;
		}
	}

	private void expect(boolean condition, String what, State next) {
		if (!condition) {
			throw new MalformedResponseException("Expected " + what + " at " + this.parser.currentLocation()
					+ " but found " + this.parser.currentToken());
		}
		this.state = next;
	}

}
