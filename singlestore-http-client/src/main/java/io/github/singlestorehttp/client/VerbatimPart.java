package io.github.singlestorehttp.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * SQL text that holds no parameters and is sent as written.
 *
 * @param text the SQL text
 */
record VerbatimPart(String text) implements StatementPart {

	@Override
	public void expandInto(StringBuilder sql, List<@Nullable Object> arguments, SqlParameterSource parameters) {
		sql.append(this.text);
	}

}
