package io.github.singlestorehttp.client.codec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Turns SQL with positional {@code ?} placeholders and Java arguments into a Data API request body
 * ({@code {"sql", "args", "database"}}), refusing bad calls before anything is sent: blank SQL, a
 * placeholder count that differs from the argument count, unsupported argument types, statements that
 * rely on session state or hold several statements, and bodies over the request size limit.
 */
public final class StatementEncoder {

	/** The Data API's documented request body limit, 1 MB. */
	public static final int DEFAULT_MAX_REQUEST_BYTES = 1_000_000;

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
		if (sql == null || sql.isBlank()) {
			throw new InvalidDataAccessApiUsageException("SQL must not be null or blank");
		}
		SessionStatementGuard.check(sql);
		Object[] arguments = (args != null) ? args : new Object[0];
		int[] placeholders = SqlScanner.positions(sql);
		if (placeholders.length != arguments.length) {
			throw new InvalidDataAccessApiUsageException("SQL has " + placeholders.length + " placeholder(s) but "
					+ arguments.length + " argument(s) were given: " + sql);
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
		byte[] body = write(wireSql.toString(), encoded, database);
		if (body.length > this.maxRequestBytes) {
			throw new InvalidDataAccessApiUsageException("Request body is " + body.length + " bytes, over the "
					+ this.maxRequestBytes + "-byte limit of the Data API; split large writes with batchUpdate: " + sql);
		}
		return new EncodedStatement(sql, body, argumentTexts(encoded));
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
			if (argument.jsonValue() instanceof String text && !text.isEmpty()) {
				texts.add(text);
			}
		}
		return texts;
	}

}
