package io.github.singlestorehttp.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;


/**
 * The fluent statement of {@link DefaultReactiveSingleStoreOperations}: an immutable
 * {@link StatementDefinition} that each binding replaces, expanded to positional parameters when a
 * result is subscribed to.
 */
final class DefaultReactiveStatementSpec extends StatementSpecSupport<ReactiveStatementSpec>
		implements ReactiveStatementSpec {

	private final DefaultReactiveSingleStoreOperations operations;

	DefaultReactiveStatementSpec(DefaultReactiveSingleStoreOperations operations, StatementDefinition definition) {
		super(definition);
		this.operations = operations;
	}

	@Override
	public ReactiveRowsSpec<Map<String, @Nullable Object>> query() {
		return query((row, rowNumber) -> row.toMap());
	}

	@Override
	public <T> ReactiveRowsSpec<T> query(Class<T> type) {
		return query(this.operations.rowMapper(type));
	}

	@Override
	public <T> ReactiveRowsSpec<T> query(SingleStoreRowMapper<T> rowMapper) {
		return new DefaultReactiveRowsSpec<>(MappedRows.map(this.operations.rows(definition()), rowMapper));
	}

	@Override
	public Mono<ExecResult> update() {
		return this.operations.update(definition());
	}

	@Override
	ReactiveStatementSpec with(StatementDefinition changed) {
		return new DefaultReactiveStatementSpec(this.operations, changed);
	}

}
