package io.github.singlestorehttp.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One row of a query result, as R2DBC's {@code Row}: values already decoded into Java types from the
 * column types ({@code BIGINT} to {@link Long}, {@code DECIMAL} to {@link java.math.BigDecimal},
 * {@code DATETIME(6)} to {@link java.time.LocalDateTime}, binary to {@code byte[]}, …) with typed access by
 * index or name through the template's {@link org.springframework.core.convert.ConversionService}. Rows are
 * immutable and stay usable after the query completed.
 */
public interface Row {

	/**
	 * The columns of this row's result set.
	 * @return the metadata
	 */
	RowMetadata metadata();

	/**
	 * The columns of this row, in order.
	 * @return the columns
	 */
	List<ColumnMetadata> columns();

	/**
	 * The number of values.
	 * @return the column count
	 */
	int size();

	/**
	 * The value at a column index.
	 * @param index the zero-based column index
	 * @return the decoded value, or {@code null} for SQL NULL
	 * @throws org.springframework.dao.InvalidDataAccessApiUsageException when the index is out of range
	 */
	@Nullable Object get(int index);

	/**
	 * The value of a named column.
	 * @param column the column name, matched exactly first and then ignoring case
	 * @return the decoded value, or {@code null} for SQL NULL
	 * @throws org.springframework.dao.InvalidDataAccessApiUsageException when there is no such column
	 */
	@Nullable Object get(String column);

	/**
	 * The value at a column index, converted to a type.
	 * @param <T> the target type
	 * @param index the zero-based column index
	 * @param type the target type
	 * @return the converted value, or {@code null} for SQL NULL
	 * @throws org.springframework.dao.TypeMismatchDataAccessException when the value cannot be converted
	 */
	<T> @Nullable T get(int index, Class<T> type);

	/**
	 * The value of a named column, converted to a type.
	 * @param <T> the target type
	 * @param column the column name, matched exactly first and then ignoring case
	 * @param type the target type
	 * @return the converted value, or {@code null} for SQL NULL
	 * @throws org.springframework.dao.TypeMismatchDataAccessException when the value cannot be converted
	 */
	<T> @Nullable T get(String column, Class<T> type);

	/**
	 * Whether the row has a column of the given name.
	 * @param column the column name
	 * @return {@code true} when the column exists
	 */
	boolean hasColumn(String column);

	/**
	 * The row as an ordered map from column name to value. Where two columns share a name, the first wins.
	 * @return an unmodifiable map in column order
	 */
	Map<String, @Nullable Object> toMap();

}
