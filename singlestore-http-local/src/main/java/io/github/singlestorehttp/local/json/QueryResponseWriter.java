package io.github.singlestorehttp.local.json;

import java.io.OutputStream;

import io.github.singlestorehttp.local.sql.ResultTable;
import io.github.singlestorehttp.local.sql.SqlError;
import io.github.singlestorehttp.local.sql.StatementResults;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a query response, {@code {"results":[…]}}, row by row to the response body. When the database fails after
 * the response has started, the open arrays are closed and the failure is appended as
 * {@code "error":{"code":N,"message":"…"}}, so the body stays valid JSON.
 */
public final class QueryResponseWriter {

	private final JsonMapper mapper;

	private final ResultShape shape;

	/**
	 * Creates a writer.
	 * @param mapper creates the JSON generator
	 * @param shape the layout of each result set
	 */
	public QueryResponseWriter(JsonMapper mapper, ResultShape shape) {
		this.mapper = mapper;
		this.shape = shape;
	}

	/**
	 * Writes all result sets and closes the stream.
	 * @param results the statement's results
	 * @param body the response body
	 */
	public void write(StatementResults results, OutputStream body) {
		try (JsonGenerator generator = this.mapper.createGenerator(body)) {
			generator.writeStartObject();
			generator.writeArrayPropertyStart("results");
			SqlError failure = writeResults(generator, results);
			generator.writeEndArray();
			if (failure != null) {
				generator.writeObjectPropertyStart("error");
				generator.writeNumberProperty("code", failure.code());
				generator.writeStringProperty("message", failure.getMessage());
				generator.writeEndObject();
			}
			generator.writeEndObject();
		}
	}

	private @Nullable SqlError writeResults(JsonGenerator generator, StatementResults results) {
		boolean inRows = false;
		try {
			for (ResultTable table = results.nextTable(); table != null; table = results.nextTable()) {
				generator.writeStartObject();
				this.shape.writeColumns(generator, table.columns());
				generator.writeArrayPropertyStart("rows");
				inRows = true;
				while (table.next()) {
					this.shape.writeRow(generator, table);
				}
				generator.writeEndArray();
				generator.writeEndObject();
				inRows = false;
			}
			return null;
		}
		catch (SqlError failure) {
			if (inRows) {
				generator.writeEndArray();
				generator.writeEndObject();
			}
			return failure;
		}
	}

}
