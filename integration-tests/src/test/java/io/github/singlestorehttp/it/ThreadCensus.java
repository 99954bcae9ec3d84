package io.github.singlestorehttp.it;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The live threads of this JVM at one moment, to find threads that a piece of work left behind.
 */
final class ThreadCensus {

	private static final long POLL_MILLIS = 20;

	private final Set<Thread> threads;

	private ThreadCensus(Set<Thread> threads) {
		this.threads = threads;
	}

	/**
	 * Count the live threads now.
	 * @return the census
	 */
	static ThreadCensus take() {
		return new ThreadCensus(Thread.getAllStackTraces().keySet());
	}

	/**
	 * The number of live threads counted.
	 * @return the count
	 */
	int size() {
		return this.threads.size();
	}

	/**
	 * The threads alive now that were not alive at this census and that {@code allowed} does not accept, waiting up
	 * to {@code patience} for them to end: a thread whose task finished may still be alive for a moment.
	 * @param allowed accepts threads that may appear, such as the event loop threads of a shared pool that are
	 * created on demand
	 * @param patience how long to wait for extra threads to end
	 * @return the names of the extra threads still alive, sorted
	 */
	List<String> extraThreadsAfter(Predicate<Thread> allowed, Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		List<String> extra = extraThreads(allowed);
		while (!extra.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(POLL_MILLIS);
			extra = extraThreads(allowed);
		}
		return extra;
	}

	/**
	 * The threads alive now that were not alive at this census, whether allowed or not.
	 * @return their names, sorted
	 */
	List<String> newThreadNames() {
		return extraThreads((thread) -> false);
	}

	private List<String> extraThreads(Predicate<Thread> allowed) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.isAlive() && !this.threads.contains(thread) && !allowed.test(thread))
			.sorted(Comparator.comparing(Thread::getName))
			.map(Thread::getName)
			.collect(Collectors.toList());
	}

}
