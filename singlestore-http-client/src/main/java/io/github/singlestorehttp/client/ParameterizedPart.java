package io.github.singlestorehttp.client;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.SqlParameter;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * SQL code with {@code :name} parameters, parsed and expanded by spring-jdbc's
 * {@link NamedParameterUtils}: a collection value becomes one placeholder per element
 * ({@code IN (:ids)} to {@code IN (?, ?, ?)}), a missing value is an
 * {@link InvalidDataAccessApiUsageException} naming the parameter.
 */
final class ParameterizedPart implements StatementPart {

	private final ParsedSql parsedSql;

	/** The name at each named placeholder, in order. */
	private final List<String> parameterNames;

	/**
	 * Parse code. {@link ParsedSql} keeps its counts to itself, but the public helpers size their results
	 * by them: the SQL type array has one slot per placeholder, the parameter list one entry per named one.
	 * @param code SQL code without the syntax that {@link MySqlSyntaxSplitter} keeps apart
	 */
	ParameterizedPart(String code) {
		this.parsedSql = NamedParameterUtils.parseSqlStatement(code);
		this.parameterNames = NamedParameterUtils.buildSqlParameterList(this.parsedSql, EmptySqlParameterSource.INSTANCE)
			.stream()
			.map(SqlParameter::getName)
			.map(Objects::requireNonNull)
			.toList();
		int placeholderCount = NamedParameterUtils.buildSqlTypeArray(this.parsedSql, EmptySqlParameterSource.INSTANCE).length;
		int positionalCount = placeholderCount - this.parameterNames.size();
		if (positionalCount > 0) {
			throw new InvalidDataAccessApiUsageException("SQL with named parameters must not contain positional '?'"
					+ " placeholders; found " + positionalCount);
		}
	}

	@Override
	public void expandInto(StringBuilder sql, List<@Nullable Object> arguments, SqlParameterSource parameters) {
		@Nullable Object[] values = NamedParameterUtils.buildValueArray(this.parsedSql, parameters, null);
		for (int i = 0; i < values.length; i++) {
			arguments.addAll(ParameterValues.flatten(this.parameterNames.get(i), values[i]));
		}
		sql.append(NamedParameterUtils.substituteNamedParameters(this.parsedSql, parameters));
	}

}
