package io.github.singlestorehttp.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import io.github.singlestorehttp.client.observation.SingleStoreObservationContext;

/**
 * Counts, from the template's observations, the calls of each operation ({@code exec}, {@code query}), the retries
 * they made (attempts beyond the first), and the calls that succeeded only after a retry.
 */
final class AttemptCounter implements ObservationHandler<SingleStoreObservationContext> {

	private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> succeededAfterRetry = new ConcurrentHashMap<>();

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof SingleStoreObservationContext;
	}

	@Override
	public void onStop(SingleStoreObservationContext context) {
		String operation = context.getOperation();
		count(this.calls, operation, 1);
		int attempts = context.getAttempts();
		if (attempts > 1) {
			count(this.retries, operation, attempts - 1);
			if (context.getError() == null) {
				count(this.succeededAfterRetry, operation, 1);
			}
		}
	}

	/**
	 * The calls of an operation that ended (successfully, with an error or cancelled).
	 * @param operation {@code exec} or {@code query}
	 * @return the count
	 */
	long calls(String operation) {
		return read(this.calls, operation);
	}

	/**
	 * The retries calls of an operation made.
	 * @param operation {@code exec} or {@code query}
	 * @return the count
	 */
	long retries(String operation) {
		return read(this.retries, operation);
	}

	/**
	 * The calls of an operation that failed at first and succeeded on a retry.
	 * @param operation {@code exec} or {@code query}
	 * @return the count
	 */
	long succeededAfterRetry(String operation) {
		return read(this.succeededAfterRetry, operation);
	}

	private static void count(Map<String, LongAdder> counts, String operation, long amount) {
		counts.computeIfAbsent(operation, (key) -> new LongAdder()).add(amount);
	}

	private static long read(Map<String, LongAdder> counts, String operation) {
		LongAdder count = counts.get(operation);
		return (count != null) ? count.sum() : 0;
	}

}
