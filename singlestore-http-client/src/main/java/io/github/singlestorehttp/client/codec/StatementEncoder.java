package io.github.singlestorehttp.client.codec;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Turns SQL with positional {@code ?} placeholders and Java arguments into Data API request bodies
 * ({@code {"sql", "args", "database"}}), refusing bad calls before anything is sent: blank SQL, a
 * placeholder count that differs from the argument count, unsupported argument types, statements that
 * rely on session state or hold several statements, and bodies over the request size limit. Batches of
 * single-row inserts become multi-row inserts, cut into chunks whose measured bodies fit the limit.
 * <p>
 * The guards read the caller's SQL; the SQL sent differs from it only where a placeholder became
 * {@code FROM_BASE64(?)} or a numeric literal, which {@link NumericLiteral} checks to be a sign, digits and a
 * decimal point, so the statement the server reads is the one the guards passed.
 */
public final class StatementEncoder {

	/** The Data API's documented request body limit, 1 MB. */
	public static final int DEFAULT_MAX_REQUEST_BYTES = 1_000_000;

	private static final int EMPTY_ARGS_BYTES = ",\"args\":[]".length();

	private final JsonFactory jsonFactory = new JsonFactory();

	private final int maxRequestBytes;

	/**
	 * Create an encoder.
	 * @param maxRequestBytes the largest request body to send, in bytes
	 */
	public StatementEncoder(int maxRequestBytes) {
		this.maxRequestBytes = maxRequestBytes;
	}

	/**
	 * Encode a statement.
	 * @param sql the SQL with positional {@code ?} placeholders
	 * @param args one argument per placeholder
	 * @param database the database to run in, or {@code null} for none
	 * @return the encoded statement
	 * @throws InvalidDataAccessApiUsageException when the call is invalid
	 */
	public EncodedStatement encode(@Nullable String sql, @Nullable Object @Nullable [] args,
			@Nullable String database) {
		String checkedSql = checkSql(sql);
		WireText wire = wireText(checkedSql, args, "");
		byte[] body = write(wire.sql(), wire.arguments(), database);
		if (body.length > this.maxRequestBytes) {
			throw new InvalidDataAccessApiUsageException("Request body is " + body.length + " bytes, over the "
					+ this.maxRequestBytes + "-byte limit of the Data API; split large writes with batchUpdate: "
					+ checkedSql);
		}
		return new EncodedStatement(checkedSql, body, argumentTexts(wire.arguments()),
				ReadStatement.isProvableRead(checkedSql));
	}

	/**
	 * Encode a batch of rows for a single-row {@code INSERT … VALUES (…)} as multi-row inserts, cut into
	 * chunks whose encoded bodies fit the request size limit.
	 * @param sql the single-row insert with positional {@code ?} placeholders
	 * @param rows the arguments of each row
	 * @param database the database to run in, or {@code null} for none
	 * @return the chunks in row order, or empty when the statement is not a single-row insert
	 * @throws InvalidDataAccessApiUsageException when a row is invalid or alone exceeds the limit
	 */
	public Optional<List<EncodedChunk>> encodeMultiRowInsert(String sql, List<@Nullable Object[]> rows,
			@Nullable String database) {
		String checkedSql = checkSql(sql);
		Optional<MultiRowInsert> insert = MultiRowInsert.of(checkedSql);
		if (insert.isEmpty() || rows.isEmpty()) {
			return Optional.empty();
		}
		MultiRowInsert parts = insert.get();
		int baseBytes = write(parts.prefix() + parts.suffix(), List.of(), database).length + EMPTY_ARGS_BYTES;
		List<EncodedChunk> chunks = new ArrayList<>();
		ChunkBuilder chunk = new ChunkBuilder(0);
		for (int row = 0; row < rows.size(); row++) {
			WireText tuple = wireText(parts.tuple(), rows.get(row), "Row " + row + ": ");
			int rowBytes = measure(tuple);
			if (baseBytes + rowBytes > this.maxRequestBytes) {
				throw new InvalidDataAccessApiUsageException("Row " + row + " alone makes a request body over the "
						+ this.maxRequestBytes + "-byte limit of the Data API: " + checkedSql);
			}
			if (!chunk.isEmpty() && baseBytes + chunk.bytes() + rowBytes > this.maxRequestBytes) {
				chunks.add(chunk.build(parts, checkedSql, database));
				chunk = new ChunkBuilder(row);
			}
			chunk.add(tuple, rowBytes);
		}
		chunks.add(chunk.build(parts, checkedSql, database));
		return Optional.of(chunks);
	}

	private static String checkSql(@Nullable String sql) {
		if (sql == null || sql.isBlank()) {
			throw new InvalidDataAccessApiUsageException("SQL must not be null or blank");
		}
		SessionStatementGuard.check(sql);
		return sql;
	}

	private static WireText wireText(String sql, @Nullable Object @Nullable [] args, String subject) {
		Object[] arguments = (args != null) ? args : new Object[0];
		int[] placeholders = SqlScanner.positions(sql);
		if (placeholders.length != arguments.length) {
			throw new InvalidDataAccessApiUsageException(subject + "SQL has " + placeholders.length
					+ " placeholder(s) but " + arguments.length + " argument(s) were given: " + sql);
		}
		StringBuilder wireSql = new StringBuilder(sql.length() + 16 * arguments.length);
		List<EncodedArgument> encoded = new ArrayList<>(arguments.length);
		int copied = 0;
		for (int i = 0; i < arguments.length; i++) {
			EncodedArgument argument = ArgumentEncoder.encode(arguments[i], i + 1);
			wireSql.append(sql, copied, placeholders[i]).append(argument.sqlText());
			copied = placeholders[i] + 1;
			encoded.add(argument);
		}
		wireSql.append(sql, copied, sql.length());
		return new WireText(wireSql.toString(), encoded);
	}

	private int measure(WireText tuple) {
		CountingOutputStream counter = new CountingOutputStream();
		try (JsonGenerator generator = this.jsonFactory.createGenerator(ObjectWriteContext.empty(), counter)) {
			generator.writeString("," + tuple.sql());
			for (EncodedArgument argument : tuple.arguments()) {
				if (argument.inArgs()) {
					writeValue(generator, argument.jsonValue());
				}
			}
		}
		return counter.count();
	}

	private byte[] write(String wireSql, List<EncodedArgument> arguments, @Nullable String database) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(wireSql.length() + 64);
		try (JsonGenerator generator = this.jsonFactory.createGenerator(ObjectWriteContext.empty(), out)) {
			generator.writeStartObject();
			generator.writeStringProperty("sql", wireSql);
			if (arguments.stream().anyMatch(EncodedArgument::inArgs)) {
				generator.writeArrayPropertyStart("args");
				for (EncodedArgument argument : arguments) {
					if (argument.inArgs()) {
						writeValue(generator, argument.jsonValue());
					}
				}
				generator.writeEndArray();
			}
			if (database != null) {
				generator.writeStringProperty("database", database);
			}
			generator.writeEndObject();
		}
		return out.toByteArray();
	}

	private static void writeValue(JsonGenerator generator, @Nullable Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number);
		}
		else {
			generator.writeString((String) value);
		}
	}

	private static List<String> argumentTexts(List<EncodedArgument> arguments) {
		List<String> texts = new ArrayList<>();
		for (EncodedArgument argument : arguments) {
			texts.addAll(argument.texts());
		}
		return texts;
	}

	/**
	 * One chunk of a batch: a multi-row statement and the rows it holds.
	 *
	 * @param statement the encoded statement
	 * @param firstRow the index of the chunk's first row in the batch
	 * @param rowCount the number of rows in the chunk
	 */
	public record EncodedChunk(EncodedStatement statement, int firstRow, int rowCount) {
	}

	private record WireText(String sql, List<EncodedArgument> arguments) {
	}

	private final class ChunkBuilder {

		private final int firstRow;

		private final StringBuilder tuples = new StringBuilder();

		private final List<EncodedArgument> arguments = new ArrayList<>();

		private int rowCount;

		private int bytes;

		ChunkBuilder(int firstRow) {
			this.firstRow = firstRow;
		}

		boolean isEmpty() {
			return this.rowCount == 0;
		}

		int bytes() {
			return this.bytes;
		}

		void add(WireText tuple, int rowBytes) {
			this.tuples.append((this.rowCount > 0) ? "," : "").append(tuple.sql());
			this.arguments.addAll(tuple.arguments());
			this.rowCount++;
			this.bytes += rowBytes;
		}

		EncodedChunk build(MultiRowInsert parts, String sql, @Nullable String database) {
			byte[] body = write(parts.prefix() + this.tuples + parts.suffix(), this.arguments, database);
			if (body.length > StatementEncoder.this.maxRequestBytes) {
				throw new IllegalStateException("Chunk measured " + body.length + " bytes, over the limit");
			}
			EncodedStatement statement = new EncodedStatement(sql, body, argumentTexts(this.arguments), false);
			return new EncodedChunk(statement, this.firstRow, this.rowCount);
		}

	}

	private static final class CountingOutputStream extends OutputStream {

		private int count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

		int count() {
			return this.count;
		}

	}

}
