package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hands batches of values decoded on the event loop to a blocking stream's reading thread, waking that thread
 * once per {@value #BATCHES_PER_WAKE_UP} batches or after {@link #MAX_WAIT}, whichever comes first, rather than
 * once per batch. A reader faster than the decoder would otherwise sleep and wake for every buffer the network
 * delivers: tens of thousands of context switches a second on a large result. A result that ends sooner is
 * handed over when it ends, so a short query waits for nothing.
 * <p>
 * A failure reaches the reader after the values that arrived before it, as it would batch by batch.
 */
final class BatchHandoff {

	/** The most batches handed over at once. */
	static final int BATCHES_PER_WAKE_UP = 16;

	/** The longest a batch waits for others before it is handed over. */
	static final Duration MAX_WAIT = Duration.ofMillis(1);

	/** Hand-overs requested ahead: with the one being filled, memory holds at most three of them. */
	private static final int PREFETCH = 2;

	private BatchHandoff() {
	}

	/**
	 * Stream values that arrive in batches.
	 * @param batches the values in batches
	 * @return the values, in order; closing the stream cancels the call
	 */
	static <T> Stream<@Nullable T> stream(Flux<List<@Nullable T>> batches) {
		Flux<Item<T>> items = batches.<Item<T>>map(Item::new)
			.onErrorResume((failure) -> Mono.just(new Item<>(List.of(), failure)));
		return items.bufferTimeout(BATCHES_PER_WAKE_UP, MAX_WAIT, true)
			.toStream(PREFETCH)
			.flatMap((handedOver) -> handedOver.stream().flatMap(Item::values));
	}

	/**
	 * A batch, or the failure that ended the batches.
	 *
	 * @param batch the values
	 * @param failure the failure, after the values of every earlier batch
	 */
	private record Item<T>(List<@Nullable T> batch, @Nullable Throwable failure) {

		Item(List<@Nullable T> batch) {
			this(batch, null);
		}

		Stream<@Nullable T> values() {
			if (this.failure != null) {
				throw Exceptions.propagate(this.failure);
			}
			return this.batch.stream();
		}

	}

}
