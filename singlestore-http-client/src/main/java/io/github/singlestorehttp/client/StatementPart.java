package io.github.singlestorehttp.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A piece of a {@link NamedStatement}: code with named parameters, or MySQL syntax that passes through
 * unchanged.
 */
sealed interface StatementPart permits ParameterizedPart, VerbatimPart {

	/**
	 * Append this part's positional SQL and its arguments.
	 * @param sql receives the SQL with {@code ?} placeholders
	 * @param arguments receives one argument per placeholder
	 * @param parameters the values of the named parameters
	 */
	void expandInto(StringBuilder sql, List<@Nullable Object> arguments, SqlParameterSource parameters);

}
