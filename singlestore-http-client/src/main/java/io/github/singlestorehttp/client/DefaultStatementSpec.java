package io.github.singlestorehttp.client;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.dao.support.DataAccessUtils;

/**
 * The blocking fluent statement: the same immutable {@link StatementDefinition} as the reactive one, plus
 * a wait for the result. Single results follow {@code JdbcClient}: {@code single()} refuses a
 * {@code null} value, {@code optional()} gives empty for it.
 */
final class DefaultStatementSpec extends StatementSpecSupport<StatementSpec> implements StatementSpec {

	private final DefaultReactiveSingleStoreOperations operations;

	private final long maxResultRows;

	DefaultStatementSpec(DefaultReactiveSingleStoreOperations operations, StatementDefinition definition,
			long maxResultRows) {
		super(definition);
		this.operations = operations;
		this.maxResultRows = maxResultRows;
	}

	@Override
	public ResultQuerySpec query() {
		return new BlockingResultQuery(this.operations.rows(definition()), this.maxResultRows);
	}

	@Override
	public <T> MappedQuerySpec<T> query(Class<T> type) {
		return query(this.operations.rowMapper(type));
	}

	@Override
	public <T> MappedQuerySpec<T> query(SingleStoreRowMapper<T> rowMapper) {
		return new BlockingMappedQuery<>(MappedRows.map(this.operations.rows(definition()), rowMapper),
				this.maxResultRows);
	}

	@Override
	public ExecResult update() {
		return Blocking.await(this.operations.update(definition()));
	}

	@Override
	StatementSpec with(StatementDefinition changed) {
		return new DefaultStatementSpec(this.operations, changed, this.maxResultRows);
	}

	/** Takes the mapped rows of one query in the shape asked for, as {@code JdbcClient} does. */
	private record BlockingMappedQuery<T>(Flux<List<@Nullable T>> batches,
			long maxResultRows) implements MappedQuerySpec<T> {

		@Override
		public List<@Nullable T> list() {
			return Blocking.awaitList(this.batches, this.maxResultRows);
		}

		@Override
		public Set<@Nullable T> set() {
			return new LinkedHashSet<>(list());
		}

		@Override
		public T single() {
			return DataAccessUtils.requiredSingleResult(Blocking.await(MappedRows.firstTwo(this.batches)));
		}

		@Override
		public Optional<T> optional() {
			return DataAccessUtils.optionalResult(Blocking.await(MappedRows.firstTwo(this.batches)));
		}

		@Override
		public Stream<@Nullable T> stream() {
			return Blocking.stream(this.batches);
		}

	}

	/** Takes the rows of one query without a mapper, as {@code JdbcClient} does. */
	private record BlockingResultQuery(Flux<List<Row>> rows, long maxResultRows) implements ResultQuerySpec {

		@Override
		public List<Map<String, @Nullable Object>> listOfRows() {
			return mapped((row, rowNumber) -> row.toMap()).list();
		}

		@Override
		public Map<String, @Nullable Object> singleRow() {
			return mapped((row, rowNumber) -> row.toMap()).single();
		}

		@Override
		public List<@Nullable Object> singleColumn() {
			return mapped((row, rowNumber) -> row.get(0)).list();
		}

		@Override
		public Object singleValue() {
			return mapped((row, rowNumber) -> row.get(0)).single();
		}

		@Override
		public Optional<Object> optionalValue() {
			return mapped((row, rowNumber) -> row.get(0)).optional();
		}

		private <T> MappedQuerySpec<T> mapped(SingleStoreRowMapper<T> rowMapper) {
			return new BlockingMappedQuery<>(MappedRows.map(this.rows, rowMapper), this.maxResultRows);
		}

	}

}
