package io.github.singlestorehttp.client;

import java.util.List;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Waits for reactive results on behalf of the blocking API, refusing to do so on a non-blocking thread.
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

	static <T> List<T> awaitList(Flux<T> flux, long maxRows) {
		Flux<T> limited = (maxRows > 0) ? flux.take(maxRows + 1).collectList().flatMapMany((rows) -> {
			if (rows.size() > maxRows) {
				return Flux.error(new DataRetrievalFailureException("Query returned more than the " + maxRows
						+ " rows allowed in memory (singlestore.http.max-result-rows); stream large results with "
						+ "queryForStream or template.reactive()"));
			}
			return Flux.fromIterable(rows);
		}) : flux;
		return await(limited.collectList());
	}

	/**
	 * Stream values that arrive in batches; the waiting thread is woken once per batch, not per value.
	 * @param batches the values in batches
	 * @return the values, in order; closing the stream cancels the call
	 */
	static <T> Stream<T> stream(Flux<List<T>> batches) {
		assertAllowed();
		return batches.toStream(MappedRows.BATCH_PREFETCH).flatMap(List::stream);
	}

	private static void assertAllowed() {
		if (Schedulers.isInNonBlockingThread()) {
			throw new InvalidDataAccessApiUsageException("Blocking SingleStoreTemplate call on non-blocking thread '"
					+ Thread.currentThread().getName() + "' would stall the event loop; use template.reactive() here");
		}
	}

}
