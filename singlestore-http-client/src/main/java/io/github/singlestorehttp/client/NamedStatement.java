package io.github.singlestorehttp.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.BeanPropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * SQL with named parameters ({@code :name}, or {@code :{name}}), parsed once and expanded to
 * positional {@code ?} placeholders and arguments for any number of parameter sets.
 * <p>Parsing is spring-jdbc's {@link org.springframework.jdbc.core.namedparam.NamedParameterUtils}, which
 * skips quoted identifiers and comments, leaves {@code ::} (SingleStore's JSON access operator) and
 * {@code :=} alone and treats {@code \:} as a plain colon. The MySQL syntax that it does not know is kept
 * from it and passes through unchanged: string literals with backslash escapes, {@code #} comments,
 * {@code &} and {@code --} without a following space.
 * <pre>{@code
 * PositionalStatement statement = NamedStatement.parse("SELECT * FROM users WHERE id IN (:ids) AND name <> :name")
 *     .expand(Map.of("ids", List.of(1, 2, 3), "name", "x"));
 * // statement.sql():       SELECT * FROM users WHERE id IN (?, ?, ?) AND name <> ?
 * // statement.arguments(): [1, 2, 3, x]
 * }</pre>
 * Instances are immutable and safe for concurrent use.
 */
final class NamedStatement {

	private final String sql;

	private final List<StatementPart> parts;

	private NamedStatement(String sql) {
		this.sql = sql;
		this.parts = MySqlSyntaxSplitter.split(sql);
	}

	/**
	 * Parse SQL with named parameters.
	 * @param sql the SQL
	 * @return the parsed statement
	 * @throws InvalidDataAccessApiUsageException when the SQL also has positional {@code ?} placeholders
	 */
	static NamedStatement parse(String sql) {
		return new NamedStatement(sql);
	}

	/**
	 * The SQL as given.
	 * @return the SQL with named parameters
	 */
	String sql() {
		return this.sql;
	}

	/**
	 * Expand the named parameters with values from a parameter source, such as a
	 * {@link MapSqlParameterSource} or a {@link BeanPropertySqlParameterSource}. A collection value gives
	 * one placeholder and argument per element; an {@code Object[]} element gives a group
	 * {@code (?, ?)}; a {@link SqlParameterValue} gives its plain value.
	 * @param parameters the parameter values
	 * @return the positional SQL and its arguments
	 * @throws InvalidDataAccessApiUsageException when a parameter has no value or a collection is empty
	 */
	PositionalStatement expand(SqlParameterSource parameters) {
		StringBuilder positionalSql = new StringBuilder(this.sql.length());
		List<@Nullable Object> arguments = new ArrayList<>();
		for (StatementPart part : this.parts) {
			part.expandInto(positionalSql, arguments, parameters);
		}
		return new PositionalStatement(positionalSql.toString(), arguments);
	}

	/**
	 * Expand the named parameters with values from a map.
	 * @param parameters the parameter values by name
	 * @return the positional SQL and its arguments
	 * @throws InvalidDataAccessApiUsageException when a parameter has no value or a collection is empty
	 * @see #expand(SqlParameterSource)
	 */
	PositionalStatement expand(Map<String, ? extends @Nullable Object> parameters) {
		return expand(new MapSqlParameterSource(parameters));
	}

	@Override
	public String toString() {
		return "NamedStatement[" + this.sql + "]";
	}

}
