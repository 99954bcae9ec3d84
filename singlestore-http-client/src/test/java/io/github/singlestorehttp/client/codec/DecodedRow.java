package io.github.singlestorehttp.client.codec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The decoder's output as it is, for tests: the columns and the decoded values of one row.
 *
 * @param columns the columns of the row's result set
 * @param values the decoded values
 */
record DecodedRow(List<DecodedColumn> columns, @Nullable Object[] values) {

	static final RowFactory<DecodedRow> FACTORY = (columns) -> (values) -> new DecodedRow(columns, values);

	@Nullable Object get(int index) {
		return this.values[index];
	}

	@Nullable Object get(String column) {
		for (int i = 0; i < this.columns.size(); i++) {
			if (this.columns.get(i).name().equals(column)) {
				return this.values[i];
			}
		}
		throw new IllegalArgumentException("No column " + column);
	}

	Map<String, @Nullable Object> toMap() {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		for (int i = 0; i < this.columns.size(); i++) {
			map.put(this.columns.get(i).name(), this.values[i]);
		}
		return map;
	}

}
