package io.github.singlestorehttp.client;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SynchronousSink;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Waits for reactive results on behalf of the blocking API, refusing to do so on a non-blocking thread.
 * Values arrive in the batches they were decoded in, so that lists and streams may hold {@code null}.
 */
final class Blocking {

	private Blocking() {
	}

	static <T> T await(Mono<T> mono) {
		assertAllowed();
		T value = mono.block();
		if (value == null) {
			throw new IllegalStateException("The Data API call completed without a result");
		}
		return value;
	}

	/**
	 * Collect values that arrive in batches.
	 * @param batches the values in batches
	 * @param maxRows the most values to hold, or {@code 0} for no limit
	 * @return the values, in order
	 */
	static <T> List<@Nullable T> awaitList(Flux<List<@Nullable T>> batches, long maxRows) {
		Mono<List<@Nullable T>> all = Mono.defer(() -> {
			List<@Nullable T> values = new ArrayList<>();
			return batches.handle((List<@Nullable T> batch, SynchronousSink<Void> sink) -> {
				values.addAll(batch);
				if (maxRows > 0 && values.size() > maxRows) {
					sink.error(new DataRetrievalFailureException("Query returned more than the " + maxRows
							+ " rows allowed in memory (singlestore.http.max-result-rows); stream large results with "
							+ "queryForStream or template.reactive()"));
				}
			}).then(Mono.fromSupplier(() -> values));
		});
		return await(all);
	}

	/**
	 * Stream values that arrive in batches, waking the waiting thread for several batches at a time
	 * ({@link BatchHandoff}).
	 * @param batches the values in batches
	 * @return the values, in order; closing the stream cancels the call
	 */
	static <T> Stream<@Nullable T> stream(Flux<List<@Nullable T>> batches) {
		assertAllowed();
		return BatchHandoff.stream(batches);
	}

	private static void assertAllowed() {
		if (Schedulers.isInNonBlockingThread()) {
			throw new InvalidDataAccessApiUsageException("Blocking SingleStoreTemplate call on non-blocking thread '"
					+ Thread.currentThread().getName() + "' would stall the event loop; use template.reactive() here");
		}
	}

}
