package io.github.singlestorehttp.client;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The rows of a reactive query in the shapes {@link ReactiveRowsSpec} offers, from the mapped batches.
 *
 * @param batches the mapped rows in the batches they were decoded in; each subscription runs the query
 */
record DefaultReactiveRowsSpec<T>(Flux<List<@Nullable T>> batches) implements ReactiveRowsSpec<T> {

	@Override
	public Flux<T> all() {
		return MappedRows.flatten(this.batches);
	}

	@Override
	public Mono<T> one() {
		return MappedRows.atMostOne(all());
	}

	@Override
	public Mono<T> first() {
		return all().next();
	}

}
