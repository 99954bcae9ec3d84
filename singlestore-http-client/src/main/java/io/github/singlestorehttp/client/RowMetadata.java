package io.github.singlestorehttp.client;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a result set, shared by all of its rows, with lookup of a column's index by name
 * (exact first, then ignoring case).
 */
public final class RowMetadata {

	private final List<ColumnMetadata> columns;

	private final Map<String, Integer> exactIndex = new HashMap<>();

	private final Map<String, Integer> caseInsensitiveIndex = new HashMap<>();

	/**
	 * Create metadata for the given columns.
	 * @param columns the columns, in result order
	 */
	public RowMetadata(List<ColumnMetadata> columns) {
		this.columns = List.copyOf(columns);
		for (int i = 0; i < this.columns.size(); i++) {
			String name = this.columns.get(i).name();
			this.exactIndex.putIfAbsent(name, i);
			this.caseInsensitiveIndex.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
		}
	}

	/**
	 * The columns, in result order.
	 * @return the columns
	 */
	public List<ColumnMetadata> columns() {
		return this.columns;
	}

	/**
	 * The number of columns.
	 * @return the column count
	 */
	public int size() {
		return this.columns.size();
	}

	/**
	 * The index of the column with the given name.
	 * @param name the column name, matched exactly first and then ignoring case
	 * @return the index, or {@code -1} when no column has that name
	 */
	public int indexOf(String name) {
		Integer index = this.exactIndex.get(name);
		if (index == null) {
			index = this.caseInsensitiveIndex.get(name.toLowerCase(Locale.ROOT));
		}
		return (index != null) ? index : -1;
	}

	/**
	 * The column with the given name.
	 * @param name the column name
	 * @return the column, or {@code null} when there is none
	 */
	public @Nullable ColumnMetadata column(String name) {
		int index = indexOf(name);
		return (index >= 0) ? this.columns.get(index) : null;
	}

	@Override
	public String toString() {
		return "RowMetadata" + this.columns;
	}

}
