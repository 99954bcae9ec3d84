package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.client.http.CallOptions;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * What a fluent statement has collected: its SQL, parameters and options. Immutable: every {@code with…}
 * method returns a new definition, so a result made from a spec never sees what is bound to it later.
 */
final class StatementDefinition {

	/** Marks a positional parameter skipped by {@code param(int, value)} and never bound. */
	private static final Object UNBOUND = new Object();

	private final String sql;

	private final List<@Nullable Object> positionalValues;

	private final Map<String, @Nullable Object> namedValues;

	private final @Nullable SqlParameterSource parameterSource;

	private final boolean idempotent;

	private final @Nullable Duration timeout;

	private final int maxRows;

	private StatementDefinition(String sql, List<@Nullable Object> positionalValues,
			Map<String, @Nullable Object> namedValues, @Nullable SqlParameterSource parameterSource, boolean idempotent,
			@Nullable Duration timeout, int maxRows) {
		this.sql = sql;
		this.positionalValues = positionalValues;
		this.namedValues = namedValues;
		this.parameterSource = parameterSource;
		this.idempotent = idempotent;
		this.timeout = timeout;
		this.maxRows = maxRows;
	}

	static StatementDefinition of(String sql) {
		return new StatementDefinition(sql, List.of(), Map.of(), null, false, null, 0);
	}

	String sql() {
		return this.sql;
	}

	StatementDefinition withParam(@Nullable Object value) {
		List<@Nullable Object> values = new ArrayList<>(this.positionalValues);
		values.add(value);
		return withPositional(values);
	}

	StatementDefinition withParam(int oneBasedIndex, @Nullable Object value) {
		if (oneBasedIndex < 1) {
			throw new InvalidDataAccessApiUsageException(
					"Parameter index " + oneBasedIndex + " is out of range: the first parameter is 1");
		}
		List<@Nullable Object> values = new ArrayList<>(this.positionalValues);
		while (values.size() < oneBasedIndex) {
			values.add(UNBOUND);
		}
		values.set(oneBasedIndex - 1, value);
		return withPositional(values);
	}

	StatementDefinition withParams(List<? extends @Nullable Object> added) {
		List<@Nullable Object> values = new ArrayList<>(this.positionalValues);
		values.addAll(added);
		return withPositional(values);
	}

	StatementDefinition withParam(String name, @Nullable Object value) {
		return withNamed(Collections.singletonMap(name, value));
	}

	StatementDefinition withNamed(Map<String, ? extends @Nullable Object> added) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>(this.namedValues);
		values.putAll(added);
		return new StatementDefinition(this.sql, this.positionalValues, Collections.unmodifiableMap(values),
				this.parameterSource, this.idempotent, this.timeout, this.maxRows);
	}

	StatementDefinition withParamSource(Object source) {
		return new StatementDefinition(this.sql, this.positionalValues, this.namedValues, toParameterSource(source),
				this.idempotent, this.timeout, this.maxRows);
	}

	StatementDefinition withIdempotent() {
		return new StatementDefinition(this.sql, this.positionalValues, this.namedValues, this.parameterSource, true,
				this.timeout, this.maxRows);
	}

	StatementDefinition withTimeout(Duration timeout) {
		return new StatementDefinition(this.sql, this.positionalValues, this.namedValues, this.parameterSource,
				this.idempotent, timeout, this.maxRows);
	}

	StatementDefinition withMaxRows(int maxRows) {
		if (maxRows < 0) {
			throw new InvalidDataAccessApiUsageException("maxRows must not be negative");
		}
		return new StatementDefinition(this.sql, this.positionalValues, this.namedValues, this.parameterSource,
				this.idempotent, this.timeout, maxRows);
	}

	/**
	 * The most rows a query returns; further rows are not read.
	 * @return the limit, or {@code 0} for none
	 */
	int maxRows() {
		return this.maxRows;
	}

	CallOptions options() {
		return new CallOptions(this.idempotent, this.timeout);
	}

	/**
	 * The statement with positional placeholders and its arguments.
	 * @param analyses the cached analyses of SQL texts
	 * @return the statement to encode
	 * @throws InvalidDataAccessApiUsageException when parameters of both kinds are bound, or a positional
	 * parameter was skipped
	 */
	PositionalStatement prepare(SqlAnalyses analyses) {
		boolean named = !this.namedValues.isEmpty() || this.parameterSource != null;
		if (named && !this.positionalValues.isEmpty()) {
			throw new InvalidDataAccessApiUsageException(
					"Use either named parameters (param(name, value), params(Map), paramSource) or positional ones "
							+ "(param(value), param(index, value), params(values)), not both: " + this.sql);
		}
		if (!this.namedValues.isEmpty() && this.parameterSource != null) {
			throw new InvalidDataAccessApiUsageException(
					"Use either param(name, value)/params(Map) or paramSource, not both: " + this.sql);
		}
		int unbound = this.positionalValues.indexOf(UNBOUND);
		if (unbound >= 0) {
			throw new InvalidDataAccessApiUsageException(
					"Positional parameter " + (unbound + 1) + " was never bound: " + this.sql);
		}
		if (!named && (!this.positionalValues.isEmpty() || analyses.positional(this.sql).placeholderCount() > 0)) {
			return new PositionalStatement(this.sql, this.positionalValues);
		}
		NamedStatement statement = analyses.named(this.sql);
		return (this.parameterSource != null) ? statement.expand(this.parameterSource)
				: statement.expand(this.namedValues);
	}

	private StatementDefinition withPositional(List<@Nullable Object> values) {
		return new StatementDefinition(this.sql, Collections.unmodifiableList(values), this.namedValues,
				this.parameterSource, this.idempotent, this.timeout, this.maxRows);
	}

	private static SqlParameterSource toParameterSource(Object source) {
		if (source instanceof SqlParameterSource parameterSource) {
			return parameterSource;
		}
		if (source instanceof Map<?, ?> map) {
			MapSqlParameterSource parameters = new MapSqlParameterSource();
			map.forEach((key, value) -> parameters.addValue(String.valueOf(key), value));
			return parameters;
		}
		return new SimplePropertySqlParameterSource(source);
	}

}
