package io.github.singlestorehttp.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples this JVM's used heap every few milliseconds on a daemon thread and keeps the largest value seen. Used heap
 * includes garbage not yet collected, so the peak depends on the collector; run with a capped heap ({@code -Xmx}) to
 * see whether the work fits at all.
 */
public final class HeapSampler implements AutoCloseable {

	private static final long INTERVAL_MILLIS = 2;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final Thread thread;

	private volatile long peak;

	private volatile boolean running = true;

	private HeapSampler() {
		this.thread = new Thread(this::sample, "heap-sampler");
		this.thread.setDaemon(true);
	}

	/**
	 * Starts sampling.
	 * @return the running sampler
	 */
	public static HeapSampler start() {
		HeapSampler sampler = new HeapSampler();
		sampler.thread.start();
		return sampler;
	}

	/**
	 * The largest used heap seen since the start or the last {@link #reset()}.
	 * @return bytes
	 */
	public long peakBytes() {
		return Math.max(this.peak, used());
	}

	/**
	 * Collects garbage and starts a new peak from the heap then in use.
	 * @return the heap in use after the collection, in bytes
	 */
	public long reset() {
		System.gc();
		long used = used();
		this.peak = used;
		return used;
	}

	@Override
	public void close() {
		this.running = false;
	}

	private long used() {
		return this.memory.getHeapMemoryUsage().getUsed();
	}

	private void sample() {
		while (this.running) {
			long used = used();
			if (used > this.peak) {
				this.peak = used;
			}
			try {
				Thread.sleep(INTERVAL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
