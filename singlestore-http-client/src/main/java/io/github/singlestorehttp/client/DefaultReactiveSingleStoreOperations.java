package io.github.singlestorehttp.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.singlestorehttp.client.codec.EncodedStatement;
import io.github.singlestorehttp.client.codec.StatementEncoder;
import io.github.singlestorehttp.client.http.CallOptions;
import io.github.singlestorehttp.client.http.DataApiClient;
import io.github.singlestorehttp.client.http.StatementExecutor;
import io.github.singlestorehttp.client.mapping.RowMapperFactory;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The reactive core of {@link SingleStoreTemplate}: encodes statements (failing before the network on
 * bad calls) and hands them to the {@link StatementExecutor}.
 */
final class DefaultReactiveSingleStoreOperations implements ReactiveSingleStoreOperations {

	private final DataApiClient client;

	private final StatementExecutor executor;

	private final StatementEncoder encoder;

	private final @Nullable String database;

	private final BatchRunner batchRunner;

	private final RowMapperFactory rowMappers;

	DefaultReactiveSingleStoreOperations(DataApiClient client, StatementExecutor executor, StatementEncoder encoder,
			@Nullable String database, RowMapperFactory rowMappers) {
		this.client = client;
		this.executor = executor;
		this.encoder = encoder;
		this.database = database;
		this.batchRunner = new BatchRunner(encoder, executor, database);
		this.rowMappers = rowMappers;
	}

	@Override
	public Mono<ExecResult> execute(String sql, @Nullable Object... args) {
		return execute(sql, args, CallOptions.DEFAULTS);
	}

	Mono<ExecResult> execute(String sql, @Nullable Object[] args, CallOptions options) {
		return Mono.fromCallable(() -> encode(sql, args)).flatMap((statement) -> this.executor.exec(statement, options));
	}

	@Override
	public Flux<Map<String, @Nullable Object>> query(String sql, @Nullable Object... args) {
		return queryRows(sql, args).map(Row::toMap);
	}

	@Override
	public <T> Flux<T> query(String sql, RowMapper<T> rowMapper, @Nullable Object... args) {
		return MappedRows.flatten(queryBatches(sql, rowMapper, args));
	}

	<T> Flux<List<T>> queryBatches(String sql, RowMapper<T> rowMapper, @Nullable Object[] args) {
		return MappedRows.map(queryBatches(sql, args, CallOptions.DEFAULTS), rowMapper);
	}

	@Override
	public <T> Flux<T> query(String sql, Class<T> type, @Nullable Object... args) {
		return query(sql, this.rowMappers.forClass(type), args);
	}

	@Override
	public <T> Mono<T> queryForObject(String sql, Class<T> type, @Nullable Object... args) {
		return MappedRows.exactlyOne(query(sql, type, args));
	}

	@Override
	public ReactiveStatementSpec sql(String sql) {
		return statement(sql);
	}

	DefaultReactiveStatementSpec statement(String sql) {
		return new DefaultReactiveStatementSpec(this, this.rowMappers, sql);
	}

	RowMapperFactory rowMappers() {
		return this.rowMappers;
	}

	@Override
	public Flux<Row> queryRows(String sql, @Nullable Object... args) {
		return MappedRows.flatten(queryBatches(sql, args, CallOptions.DEFAULTS));
	}

	Flux<List<Row>> queryBatches(String sql, @Nullable Object[] args, CallOptions options) {
		return Mono.fromCallable(() -> encode(sql, args)).flatMapMany((statement) -> this.executor.query(statement, options));
	}

	@Override
	public Mono<BatchResult> batchUpdate(String sql, List<@Nullable Object[]> batchArgs) {
		return this.batchRunner.run(sql, batchArgs);
	}

	@Override
	public Mono<Void> ping() {
		return this.client.ping()
			.flatMap((answer) -> "pong".equals(answer) ? Mono.<Void>empty()
					: Mono.error(new DataAccessResourceFailureException(
							"GET /ping answered '" + answer + "' instead of 'pong'; is the URL a Data API endpoint?")));
	}

	private EncodedStatement encode(String sql, @Nullable Object[] args) {
		return this.encoder.encode(sql, args, this.database);
	}

}
