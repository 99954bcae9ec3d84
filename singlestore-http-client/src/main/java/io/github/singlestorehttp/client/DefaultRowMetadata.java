package io.github.singlestorehttp.client;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a result set, shared by all of its rows, with indexes by exact and case-insensitive name.
 */
final class DefaultRowMetadata implements RowMetadata {

	private final List<ColumnMetadata> columns;

	private final Map<String, Integer> exactIndex = new HashMap<>();

	private final Map<String, Integer> caseInsensitiveIndex = new HashMap<>();

	/**
	 * Create metadata for the given columns.
	 * @param columns the columns, in result order
	 */
	DefaultRowMetadata(List<ColumnMetadata> columns) {
		this.columns = List.copyOf(columns);
		for (int i = 0; i < this.columns.size(); i++) {
			String name = this.columns.get(i).name();
			this.exactIndex.putIfAbsent(name, i);
			this.caseInsensitiveIndex.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
		}
	}

	@Override
	public List<ColumnMetadata> columns() {
		return this.columns;
	}

	@Override
	public int size() {
		return this.columns.size();
	}

	@Override
	public int indexOf(String name) {
		Integer index = this.exactIndex.get(name);
		if (index == null) {
			index = this.caseInsensitiveIndex.get(name.toLowerCase(Locale.ROOT));
		}
		return (index != null) ? index : -1;
	}

	@Override
	public @Nullable ColumnMetadata column(String name) {
		int index = indexOf(name);
		return (index >= 0) ? this.columns.get(index) : null;
	}

	@Override
	public String toString() {
		return "RowMetadata" + this.columns;
	}

}
