package io.github.singlestorehttp.local.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One Data API request: the statement, its arguments and the database to run it in.
 *
 * @param sql the statement text, empty when the request had none
 * @param args the values for the {@code ?} placeholders, each a {@link String}, {@link Boolean}, {@link Long},
 * {@link java.math.BigDecimal}, {@link Double} or {@code null}
 * @param database the database (schema) to run in, or {@code null} for none
 */
public record SqlRequest(String sql, List<@Nullable Object> args, @Nullable String database) {

	/**
	 * Creates a request, copying the arguments.
	 * @param sql the statement text
	 * @param args the arguments
	 * @param database the database, or {@code null}
	 */
	public SqlRequest {
		args = Collections.unmodifiableList(new ArrayList<>(args));
	}

}
