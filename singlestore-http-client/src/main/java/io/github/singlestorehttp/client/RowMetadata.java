package io.github.singlestorehttp.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a result set, shared by all of its rows, as R2DBC's {@code RowMetadata}, with lookup of a
 * column's index by name (exact first, then ignoring case).
 */
public interface RowMetadata {

	/**
	 * The columns, in result order.
	 * @return the columns
	 */
	List<ColumnMetadata> columns();

	/**
	 * The number of columns.
	 * @return the column count
	 */
	int size();

	/**
	 * The index of the column with the given name.
	 * @param name the column name, matched exactly first and then ignoring case
	 * @return the index, or {@code -1} when no column has that name
	 */
	int indexOf(String name);

	/**
	 * The column with the given name.
	 * @param name the column name, matched exactly first and then ignoring case
	 * @return the column, or {@code null} when there is none
	 */
	@Nullable ColumnMetadata column(String name);

}
