package io.github.singlestorehttp.client;

/**
 * Maps one {@link Row} of a query result to an object.
 *
 * @param <T> the type of the mapped objects
 */
@FunctionalInterface
public interface RowMapper<T> {

	/**
	 * Map a row.
	 * @param row the row, with typed access by name and index
	 * @param rowNum the zero-based number of the row in the result
	 * @return the mapped object
	 */
	T mapRow(Row row, int rowNum);

}
