package io.github.singlestorehttp.client;

import org.jspecify.annotations.Nullable;

/**
 * Maps one {@link Row} of a query result to an object. Named apart from spring-jdbc's
 * {@code RowMapper}, which works on a JDBC {@code ResultSet} and is on the same classpath.
 * <p>
 * A mapper may return {@code null} (for example for a NULL single column): blocking lists, sets, streams
 * and {@code optional()} hold it as JDBC's do. Reactive results cannot carry {@code null}; map to
 * {@link java.util.Optional} there, for example
 * {@code query(row -> Optional.ofNullable(row.get(0, BigDecimal.class)))}.
 *
 * @param <T> the type of the mapped objects
 */
@FunctionalInterface
public interface SingleStoreRowMapper<T extends @Nullable Object> {

	/**
	 * Map a row.
	 * @param row the row, with typed access by name and index
	 * @param rowNumber the zero-based number of the row in the result
	 * @return the mapped object
	 */
	T mapRow(Row row, int rowNumber);

}
