package io.github.singlestorehttp.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.dao.DataAccessException;

/**
 * Concurrent callers sharing one template, each alternating inserts of rows with its own unique keys
 * ({@link LoadKey}) and reads that count its rows. A read checks the count against what the caller knows: at least
 * the inserts it was told succeeded, at most the inserts it attempted. Every call's outcome is recorded in a
 * {@link LoadOutcome}; the callers run on their own threads, which are gone when {@link #run(Duration)} returns.
 */
final class MixedLoad {

	/** The name prefix of the callers' threads. */
	static final String THREAD_PREFIX = "load-caller-";

	private final SingleStoreTemplate template;

	private final String table;

	private final Insert insert;

	private final int callers;

	private final int operationsPerCaller;

	/**
	 * Create a load.
	 * @param template the template the callers share
	 * @param table the table the inserts write, with {@code caller} and {@code seq} columns
	 * @param insert how a caller inserts one row
	 * @param callers the number of concurrent callers
	 * @param operationsPerCaller the operations per caller, half inserts and half reads
	 */
	MixedLoad(SingleStoreTemplate template, String table, Insert insert, int callers, int operationsPerCaller) {
		this.template = template;
		this.table = table;
		this.insert = insert;
		this.callers = callers;
		this.operationsPerCaller = operationsPerCaller;
	}

	/**
	 * Run the callers until each finished its operations.
	 * @param limit the longest the whole run may take
	 * @return what the callers were told
	 * @throws TimeoutException if the callers did not finish within the limit (a call hung)
	 */
	LoadOutcome run(Duration limit) throws InterruptedException, ExecutionException, TimeoutException {
		AtomicInteger threadCount = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(this.callers,
				(task) -> new Thread(task, THREAD_PREFIX + threadCount.incrementAndGet()));
		try {
			List<Future<LoadOutcome>> futures = new ArrayList<>();
			for (int caller = 0; caller < this.callers; caller++) {
				int id = caller;
				futures.add(pool.submit(() -> runCaller(id)));
			}
			long deadline = System.nanoTime() + limit.toNanos();
			LoadOutcome outcome = new LoadOutcome();
			for (Future<LoadOutcome> future : futures) {
				outcome.merge(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
			}
			return outcome;
		}
		finally {
			pool.shutdownNow();
			pool.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private LoadOutcome runCaller(int caller) {
		LoadOutcome outcome = new LoadOutcome();
		int succeeded = 0;
		int attempted = 0;
		String count = "SELECT COUNT(*) FROM " + this.table + " WHERE caller = ?";
		for (int operation = 0; operation < this.operationsPerCaller; operation++) {
			try {
				if (operation % 2 == 0) {
					LoadKey key = new LoadKey(caller, attempted++);
					try {
						this.insert.insert(this.template, key);
						outcome.inserted(key);
						succeeded++;
					}
					catch (DataAccessException ex) {
						outcome.insertFailed(key, ex);
					}
				}
				else {
					try {
						long rows = this.template.queryForObject(count, Long.class, caller);
						outcome.read();
						if (rows < succeeded || rows > attempted) {
							outcome.readAnomaly("caller " + caller + " counted " + rows + " rows after " + succeeded
									+ " successful and " + attempted + " attempted inserts");
						}
					}
					catch (DataAccessException ex) {
						outcome.readFailed(ex);
					}
				}
			}
			catch (RuntimeException ex) {
				outcome.unexpected(ex);
			}
		}
		return outcome;
	}

	/**
	 * Inserts the row of one key.
	 */
	@FunctionalInterface
	interface Insert {

		/**
		 * Insert the row of a key, with {@link LoadKey#payload()}.
		 * @param template the template
		 * @param key the key
		 * @throws DataAccessException if the template reports a failure
		 */
		void insert(SingleStoreTemplate template, LoadKey key);

	}

}
