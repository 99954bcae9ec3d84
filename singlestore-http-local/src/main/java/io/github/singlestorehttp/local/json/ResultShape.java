package io.github.singlestorehttp.local.json;

import java.util.List;

import io.github.singlestorehttp.local.result.ResultColumn;
import io.github.singlestorehttp.local.sql.ResultTable;
import tools.jackson.core.JsonGenerator;

/**
 * How a result set is laid out: {@code /query/rows} writes rows as objects, {@code /query/tuples} writes the
 * columns first and rows as arrays.
 */
public enum ResultShape {

	/** {@code {"rows":[{"id":1,"name":"a"}]}}. */
	ROWS {
		@Override
		void writeColumns(JsonGenerator generator, List<ResultColumn> columns) {
		}

		@Override
		void writeRow(JsonGenerator generator, ResultTable table) {
			List<ResultColumn> columns = table.columns();
			generator.writeStartObject();
			for (int index = 0; index < columns.size(); index++) {
				generator.writeName(columns.get(index).name());
				JsonValues.write(generator, table.value(index));
			}
			generator.writeEndObject();
		}
	},

	/** {@code {"columns":[{"name":"id","dataType":"BIGINT","nullable":false}],"rows":[[1]]}}. */
	TUPLES {
		@Override
		void writeColumns(JsonGenerator generator, List<ResultColumn> columns) {
			generator.writeArrayPropertyStart("columns");
			for (ResultColumn column : columns) {
				generator.writeStartObject();
				generator.writeStringProperty("name", column.name());
				generator.writeStringProperty("dataType", column.dataType());
				generator.writeBooleanProperty("nullable", column.nullable());
				generator.writeEndObject();
			}
			generator.writeEndArray();
		}

		@Override
		void writeRow(JsonGenerator generator, ResultTable table) {
			generator.writeStartArray();
			for (int index = 0; index < table.columns().size(); index++) {
				JsonValues.write(generator, table.value(index));
			}
			generator.writeEndArray();
		}
	};

	abstract void writeColumns(JsonGenerator generator, List<ResultColumn> columns);

	abstract void writeRow(JsonGenerator generator, ResultTable table);

}
