package io.github.singlestorehttp.client;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.client.mapping.SingleStoreConversions;

import org.springframework.core.convert.ConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.TypeMismatchDataAccessException;

/**
 * One row of a query result, with values already decoded into Java types from the column types
 * ({@code BIGINT} to {@link Long}, {@code DECIMAL} to {@link java.math.BigDecimal},
 * {@code DATETIME(6)} to {@link java.time.LocalDateTime}, binary to {@code byte[]}, …) and typed access
 * by index or name through a {@link ConversionService}.
 */
public final class Row {

	private final RowMetadata metadata;

	private final @Nullable Object[] values;

	private final ConversionService conversionService;

	/**
	 * Create a row.
	 * @param metadata the columns of the row's result set
	 * @param values the decoded values, one per column
	 * @param conversionService converts values for typed access
	 */
	public Row(RowMetadata metadata, @Nullable Object[] values, ConversionService conversionService) {
		if (values.length != metadata.size()) {
			throw new IllegalArgumentException(
					"Row has " + values.length + " values for " + metadata.size() + " columns");
		}
		this.metadata = metadata;
		this.values = values;
		this.conversionService = conversionService;
	}

	/**
	 * Create a row that converts with {@link SingleStoreConversions#getSharedInstance()}.
	 * @param metadata the columns of the row's result set
	 * @param values the decoded values, one per column
	 */
	public Row(RowMetadata metadata, @Nullable Object[] values) {
		this(metadata, values, SingleStoreConversions.getSharedInstance());
	}

	/**
	 * The columns of this row's result set.
	 * @return the metadata
	 */
	public RowMetadata metadata() {
		return this.metadata;
	}

	/**
	 * The columns of this row, in order.
	 * @return the columns
	 */
	public List<ColumnMetadata> columns() {
		return this.metadata.columns();
	}

	/**
	 * The number of values.
	 * @return the column count
	 */
	public int size() {
		return this.values.length;
	}

	/**
	 * The value at a column index.
	 * @param index the zero-based column index
	 * @return the decoded value, or {@code null} for SQL NULL
	 */
	public @Nullable Object get(int index) {
		if (index < 0 || index >= this.values.length) {
			throw new InvalidDataAccessApiUsageException(
					"Column index " + index + " is out of range; the row has " + this.values.length + " columns");
		}
		return this.values[index];
	}

	/**
	 * The value of a named column.
	 * @param column the column name, matched exactly first and then ignoring case
	 * @return the decoded value, or {@code null} for SQL NULL
	 */
	public @Nullable Object get(String column) {
		return this.values[indexOf(column)];
	}

	/**
	 * The value at a column index, converted to a type.
	 * @param <T> the target type
	 * @param index the zero-based column index
	 * @param type the target type
	 * @return the converted value, or {@code null} for SQL NULL
	 */
	public <T> @Nullable T get(int index, Class<T> type) {
		return convert(get(index), type, this.metadata.columns().get(index).name());
	}

	/**
	 * The value of a named column, converted to a type.
	 * @param <T> the target type
	 * @param column the column name, matched exactly first and then ignoring case
	 * @param type the target type
	 * @return the converted value, or {@code null} for SQL NULL
	 */
	public <T> @Nullable T get(String column, Class<T> type) {
		return convert(get(column), type, column);
	}

	/**
	 * Whether the row has a column of the given name.
	 * @param column the column name
	 * @return {@code true} when the column exists
	 */
	public boolean hasColumn(String column) {
		return this.metadata.indexOf(column) >= 0;
	}

	/**
	 * The row as an ordered map from column name to value. Where two columns share a name, the first wins.
	 * @return an unmodifiable map in column order
	 */
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
