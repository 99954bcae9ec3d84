package io.github.singlestorehttp.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.singlestorehttp.client.codec.EncodedStatement;
import io.github.singlestorehttp.client.codec.StatementEncoder;
import io.github.singlestorehttp.client.http.CallOptions;
import io.github.singlestorehttp.client.http.DataApiClient;
import io.github.singlestorehttp.client.http.StatementExecutor;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.support.DataAccessUtils;

/**
 * The reactive core of {@link SingleStoreTemplate}: encodes statements (failing before the network on
 * bad calls) with the cached analysis of their SQL and hands them to the {@link StatementExecutor}. Rows
 * travel in the batches they were decoded in; the blocking API takes them from here too.
 */
final class DefaultReactiveSingleStoreOperations implements ReactiveSingleStoreOperations {

	private final DataApiClient client;

	private final StatementExecutor executor;

	private final StatementEncoder encoder;

	private final @Nullable String database;

	private final BatchRunner batchRunner;

	private final RowMapperFactory rowMappers;

	private final SqlAnalyses analyses;

	private final DefaultRowFactory rowFactory;

	private final TransactionWarning transactionWarning = new TransactionWarning();

	DefaultReactiveSingleStoreOperations(DataApiClient client, StatementExecutor executor, StatementEncoder encoder,
			@Nullable String database, RowMapperFactory rowMappers, SqlAnalyses analyses, DefaultRowFactory rowFactory) {
		this.client = client;
		this.executor = executor;
		this.encoder = encoder;
		this.database = database;
		this.analyses = analyses;
		this.batchRunner = new BatchRunner(encoder, executor, database, analyses);
		this.rowMappers = rowMappers;
		this.rowFactory = rowFactory;
	}

	@Override
	public Mono<ExecResult> update(String sql, @Nullable Object... args) {
		return update(sql, args, CallOptions.DEFAULTS);
	}

	Mono<ExecResult> update(StatementDefinition definition) {
		return Mono.fromCallable(() -> definition.prepare(this.analyses))
			.flatMap((statement) -> update(statement.sql(), statement.argumentArray(), definition.options()));
	}

	private Mono<ExecResult> update(String sql, @Nullable Object[] args, CallOptions options) {
		return this.transactionWarning.watch(sql,
				Mono.fromCallable(() -> encode(sql, args))
					.flatMap((encoded) -> this.executor.exec(encoded, options))
					.map((response) -> new ExecResult(response.lastInsertId(), response.rowsAffected())));
	}

	@Override
	public Flux<Map<String, @Nullable Object>> query(String sql, @Nullable Object... args) {
		return queryRows(sql, args).map(Row::toMap);
	}

	@Override
	public <T> Flux<T> query(String sql, SingleStoreRowMapper<T> rowMapper, @Nullable Object... args) {
		return MappedRows.flatten(mapped(sql, rowMapper, args));
	}

	@Override
	public <T> Flux<T> query(String sql, Class<T> type, @Nullable Object... args) {
		return query(sql, rowMapper(type), args);
	}

	@Override
	public Flux<Row> queryRows(String sql, @Nullable Object... args) {
		return MappedRows.flatten(rows(sql, args));
	}

	@Override
	public <T> Mono<T> queryForObject(String sql, Class<T> type, @Nullable Object... args) {
		return queryForObject(sql, rowMapper(type), args);
	}

	@Override
	public <T> Mono<T> queryForObject(String sql, SingleStoreRowMapper<T> rowMapper, @Nullable Object... args) {
		return MappedRows.exactlyOne(query(sql, rowMapper, args));
	}

	@Override
	public <T> Mono<Optional<T>> queryForOptional(String sql, Class<T> type, @Nullable Object... args) {
		return queryForOptional(sql, rowMapper(type), args);
	}

	@Override
	public <T> Mono<Optional<T>> queryForOptional(String sql, SingleStoreRowMapper<T> rowMapper,
			@Nullable Object... args) {
		return MappedRows.firstTwo(mapped(sql, rowMapper, args)).map(DataAccessUtils::optionalResult);
	}

	@Override
	public Mono<BatchResult> batchUpdate(String sql, List<@Nullable Object[]> batchArgs) {
		return this.transactionWarning.watch(sql, this.batchRunner.run(sql, batchArgs));
	}

	@Override
	public ReactiveStatementSpec sql(String sql) {
		return new DefaultReactiveStatementSpec(this, StatementDefinition.of(sql));
	}

	@Override
	public Mono<Void> ping() {
		return this.client.ping()
			.flatMap((answer) -> "pong".equals(answer) ? Mono.<Void>empty()
					: Mono.error(new DataAccessResourceFailureException(
							"GET /ping answered '" + answer + "' instead of 'pong'; is the URL a Data API endpoint?")));
	}

	/**
	 * Map rows to a class.
	 * @param type the class
	 * @return the mapper
	 */
	<T> SingleStoreRowMapper<T> rowMapper(Class<T> type) {
		return this.rowMappers.forClass(type);
	}

	/**
	 * The mapped rows of a query with positional arguments, in the batches they were decoded in.
	 */
	<T> Flux<List<@Nullable T>> mapped(String sql, SingleStoreRowMapper<T> rowMapper, @Nullable Object[] args) {
		return MappedRows.map(rows(sql, args), rowMapper);
	}

	/**
	 * The rows of a query with positional arguments, in the batches they were decoded in.
	 */
	Flux<List<Row>> rows(String sql, @Nullable Object[] args) {
		return rows(sql, args, CallOptions.DEFAULTS);
	}

	/**
	 * The rows of a fluent statement, in the batches they were decoded in, at most its {@code maxRows}.
	 */
	Flux<List<Row>> rows(StatementDefinition definition) {
		return MappedRows.limit(Mono.fromCallable(() -> definition.prepare(this.analyses))
			.flatMapMany((statement) -> rows(statement.sql(), statement.argumentArray(), definition.options())),
				definition.maxRows());
	}

	private Flux<List<Row>> rows(String sql, @Nullable Object[] args, CallOptions options) {
		return Mono.fromCallable(() -> encode(sql, args))
			.flatMapMany((encoded) -> this.executor.query(encoded, options, this.rowFactory));
	}

	private EncodedStatement encode(String sql, @Nullable Object[] args) {
		return this.encoder.encode(this.analyses.positional(sql), args, this.database);
	}

}
