package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import io.github.singlestorehttp.client.mapping.RowMapperFactory;

/**
 * The blocking fluent statement: the reactive one plus a wait for the result.
 */
final class DefaultStatementSpec implements StatementSpec {

	private final DefaultReactiveStatementSpec reactive;

	private final RowMapperFactory rowMappers;

	private final Runnable beforeUpdate;

	private final long maxResultRows;

	DefaultStatementSpec(DefaultReactiveStatementSpec reactive, RowMapperFactory rowMappers, Runnable beforeUpdate,
			long maxResultRows) {
		this.reactive = reactive;
		this.rowMappers = rowMappers;
		this.beforeUpdate = beforeUpdate;
		this.maxResultRows = maxResultRows;
	}

	@Override
	public StatementSpec param(String name, @Nullable Object value) {
		this.reactive.param(name, value);
		return this;
	}

	@Override
	public StatementSpec param(@Nullable Object value) {
		this.reactive.param(value);
		return this;
	}

	@Override
	public StatementSpec params(Map<String, ? extends @Nullable Object> values) {
		this.reactive.params(values);
		return this;
	}

	@Override
	public StatementSpec paramSource(Object source) {
		this.reactive.paramSource(source);
		return this;
	}

	@Override
	public StatementSpec idempotent() {
		this.reactive.idempotent();
		return this;
	}

	@Override
	public StatementSpec timeout(Duration timeout) {
		this.reactive.timeout(timeout);
		return this;
	}

	@Override
	public <T> MappedQuerySpec<T> query(Class<T> type) {
		return query(this.rowMappers.forClass(type));
	}

	@Override
	public <T> MappedQuerySpec<T> query(RowMapper<T> rowMapper) {
		return new BlockingMappedQuery<>(this.reactive, rowMapper, this.maxResultRows);
	}

	@Override
	public ExecResult update() {
		this.beforeUpdate.run();
		return Blocking.await(this.reactive.update());
	}

	/** Takes the rows of one query in the shape asked for. */
	private record BlockingMappedQuery<T>(DefaultReactiveStatementSpec statement, RowMapper<T> rowMapper,
			long maxResultRows) implements MappedQuerySpec<T> {

		@Override
		public List<T> list() {
			return Blocking.awaitList(mapped(), this.maxResultRows);
		}

		@Override
		public T single() {
			return Blocking.await(MappedRows.exactlyOne(mapped()));
		}

		@Override
		public Optional<T> optional() {
			return Blocking.await(MappedRows.atMostOne(mapped())).stream().findFirst();
		}

		@Override
		public Stream<T> stream() {
			return Blocking.stream(this.statement.queryBatches(this.rowMapper));
		}

		private Flux<T> mapped() {
			return this.statement.query(this.rowMapper);
		}

	}

}
