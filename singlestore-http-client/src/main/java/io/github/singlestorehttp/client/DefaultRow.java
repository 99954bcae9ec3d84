package io.github.singlestorehttp.client;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.ConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.TypeMismatchDataAccessException;

/**
 * A row over the values decoded for it, converting through a {@link ConversionService} for typed access.
 */
final class DefaultRow implements Row {

	private final RowMetadata metadata;

	private final @Nullable Object[] values;

	private final ConversionService conversionService;

	/**
	 * Create a row.
	 * @param metadata the columns of the row's result set
	 * @param values the decoded values, one per column; the row keeps the array
	 * @param conversionService converts values for typed access
	 */
	DefaultRow(RowMetadata metadata, @Nullable Object[] values, ConversionService conversionService) {
		if (values.length != metadata.size()) {
			throw new IllegalArgumentException(
					"Row has " + values.length + " values for " + metadata.size() + " columns");
		}
		this.metadata = metadata;
		this.values = values;
		this.conversionService = conversionService;
	}

	@Override
	public RowMetadata metadata() {
		return this.metadata;
	}

	@Override
	public List<ColumnMetadata> columns() {
		return this.metadata.columns();
	}

	@Override
	public int size() {
		return this.values.length;
	}

	@Override
	public @Nullable Object get(int index) {
		if (index < 0 || index >= this.values.length) {
			throw new InvalidDataAccessApiUsageException(
					"Column index " + index + " is out of range; the row has " + this.values.length + " columns");
		}
		return this.values[index];
	}

	@Override
	public @Nullable Object get(String column) {
		return this.values[indexOf(column)];
	}

	@Override
	public <T> @Nullable T get(int index, Class<T> type) {
		return convert(get(index), type, this.metadata.columns().get(index).name());
	}

	@Override
	public <T> @Nullable T get(String column, Class<T> type) {
		return convert(get(column), type, column);
	}

	@Override
	public boolean hasColumn(String column) {
		return this.metadata.indexOf(column) >= 0;
	}

	@Override
	public Map<String, @Nullable Object> toMap() {
		Map<String, @Nullable Object> map = new LinkedHashMap<>(this.values.length * 2);
		List<ColumnMetadata> columns = this.metadata.columns();
		for (int i = 0; i < this.values.length; i++) {
			map.putIfAbsent(columns.get(i).name(), this.values[i]);
		}
		return Collections.unmodifiableMap(map);
	}

	private int indexOf(String column) {
		int index = this.metadata.indexOf(column);
		if (index < 0) {
			throw new InvalidDataAccessApiUsageException("No column named '" + column + "'; the columns are "
					+ this.metadata.columns().stream().map(ColumnMetadata::name).toList());
		}
		return index;
	}

	@SuppressWarnings("unchecked")
	private <T> @Nullable T convert(@Nullable Object value, Class<T> type, String column) {
		if (value == null || type.isInstance(value)) {
			return (T) value;
		}
		try {
			return this.conversionService.convert(value, type);
		}
		catch (RuntimeException ex) {
			throw new TypeMismatchDataAccessException("Cannot convert column '" + column + "' of type "
					+ value.getClass().getName() + " to " + type.getName(), ex);
		}
	}

	@Override
	public String toString() {
		return "Row" + Arrays.toString(this.metadata.columns().stream().map(ColumnMetadata::name).toArray());
	}

}
