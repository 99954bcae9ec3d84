package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.singlestorehttp.client.codec.SqlScanner;
import io.github.singlestorehttp.client.http.CallOptions;
import io.github.singlestorehttp.client.mapping.RowMapperFactory;
import io.github.singlestorehttp.client.named.NamedStatement;
import io.github.singlestorehttp.client.named.PositionalStatement;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The fluent statement of {@link DefaultReactiveSingleStoreOperations}: collects parameters and options,
 * then expands named parameters to positional ones when the statement runs.
 */
final class DefaultReactiveStatementSpec implements ReactiveStatementSpec {

	private final DefaultReactiveSingleStoreOperations operations;

	private final RowMapperFactory rowMappers;

	private final String sql;

	private final Map<String, @Nullable Object> namedValues = new LinkedHashMap<>();

	private final List<@Nullable Object> positionalValues = new ArrayList<>();

	private @Nullable SqlParameterSource parameterSource;

	private boolean idempotent;

	private @Nullable Duration timeout;

	DefaultReactiveStatementSpec(DefaultReactiveSingleStoreOperations operations, RowMapperFactory rowMappers,
			String sql) {
		this.operations = operations;
		this.rowMappers = rowMappers;
		this.sql = sql;
	}

	@Override
	public ReactiveStatementSpec param(String name, @Nullable Object value) {
		this.namedValues.put(name, value);
		return this;
	}

	@Override
	public ReactiveStatementSpec param(@Nullable Object value) {
		this.positionalValues.add(value);
		return this;
	}

	@Override
	public ReactiveStatementSpec params(Map<String, ? extends @Nullable Object> values) {
		this.namedValues.putAll(values);
		return this;
	}

	@Override
	public ReactiveStatementSpec paramSource(Object source) {
		this.parameterSource = toParameterSource(source);
		return this;
	}

	@Override
	public ReactiveStatementSpec idempotent() {
		this.idempotent = true;
		return this;
	}

	@Override
	public ReactiveStatementSpec timeout(Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	@Override
	public <T> Flux<T> query(Class<T> type) {
		return query(this.rowMappers.forClass(type));
	}

	@Override
	public <T> Flux<T> query(RowMapper<T> rowMapper) {
		return MappedRows.flatten(queryBatches(rowMapper));
	}

	<T> Flux<List<T>> queryBatches(RowMapper<T> rowMapper) {
		return MappedRows.map(batches(), rowMapper);
	}

	@Override
	public <T> Mono<T> single(Class<T> type) {
		return MappedRows.exactlyOne(query(type));
	}

	@Override
	public Mono<ExecResult> update() {
		return Mono.fromCallable(this::prepare)
			.flatMap((statement) -> this.operations.execute(statement.sql(), statement.argumentArray(), options()));
	}

	private Flux<List<Row>> batches() {
		return Mono.fromCallable(this::prepare)
			.flatMapMany(
					(statement) -> this.operations.queryBatches(statement.sql(), statement.argumentArray(), options()));
	}

	private CallOptions options() {
		return new CallOptions(this.idempotent, this.timeout);
	}

	private PositionalStatement prepare() {
		boolean named = !this.namedValues.isEmpty() || this.parameterSource != null;
		if (named && !this.positionalValues.isEmpty()) {
			throw new InvalidDataAccessApiUsageException(
					"Use either named parameters (param(name, value), params, paramSource) or positional ones "
							+ "(param(value)), not both: " + this.sql);
		}
		if (!this.namedValues.isEmpty() && this.parameterSource != null) {
			throw new InvalidDataAccessApiUsageException(
					"Use either param(name, value)/params or paramSource, not both: " + this.sql);
		}
		if (!named && (!this.positionalValues.isEmpty() || SqlScanner.positions(this.sql).length > 0)) {
			return new PositionalStatement(this.sql, this.positionalValues);
		}
		NamedStatement statement = NamedStatement.parse(this.sql);
		return (this.parameterSource != null) ? statement.expand(this.parameterSource)
				: statement.expand(this.namedValues);
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
