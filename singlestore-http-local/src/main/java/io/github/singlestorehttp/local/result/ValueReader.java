package io.github.singlestorehttp.local.result;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * Reads one column of the current row as a JSON-ready value.
 */
@FunctionalInterface
public interface ValueReader {

	/**
	 * Reads the value.
	 * @param resultSet the result set, positioned on a row
	 * @param column the 1-based column index
	 * @return a {@link Long}, {@link Float}, {@link Double}, {@link String} or {@link tools.jackson.databind.JsonNode},
	 * or {@code null} for SQL NULL
	 * @throws SQLException if the value cannot be read
	 */
	@Nullable Object read(ResultSet resultSet, int column) throws SQLException;

}
