package io.github.singlestorehttp.benchmarks.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.singlestorehttp.benchmarks.support.LatencyRecorder;

/**
 * Runs a closed-loop load: a number of caller threads each make one call after another, as fast as the calls
 * return. After a warm-up, the calls that start and end inside the measured window are counted and their latencies
 * recorded.
 */
final class LoadDriver {

	private final Duration warmup;

	private final Duration window;

	LoadDriver(Duration warmup, Duration window) {
		this.warmup = warmup;
		this.window = window;
	}

	LoadResult run(int callers, Call call) {
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		Window clock = new Window();
		List<LatencyRecorder> recorders = new ArrayList<>();
		List<Future<?>> loops = new ArrayList<>();
		for (int caller = 0; caller < callers; caller++) {
			LatencyRecorder recorder = new LatencyRecorder();
			recorders.add(recorder);
			SplittableRandom random = new SplittableRandom(caller * 7919L + 1);
			loops.add(threads.submit(() -> {
				while (!clock.stopped) {
					long start = System.nanoTime();
					call.run(random);
					long end = System.nanoTime();
					if (clock.contains(start, end)) {
						recorder.record(end - start);
					}
				}
				return null;
			}));
		}
		try {
			Thread.sleep(this.warmup.toMillis());
			clock.open();
			Thread.sleep(this.window.toMillis());
			clock.close();
			for (Future<?> loop : loops) {
				loop.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A call failed: " + ex.getCause(), ex.getCause());
		}
		finally {
			clock.stopped = true;
			threads.shutdownNow();
			awaitTermination(threads);
		}
		long[] latencies = LatencyRecorder.mergeSorted(recorders);
		return new LoadResult(latencies.length, clock.seconds(), LatencyRecorder.percentile(latencies, 50),
				LatencyRecorder.percentile(latencies, 99));
	}

	private static void awaitTermination(ExecutorService threads) {
		try {
			threads.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The measured window, shared by the caller threads. */
	private static final class Window {

		private volatile long opened = Long.MAX_VALUE;

		private volatile long closed = Long.MAX_VALUE;

		private volatile boolean stopped;

		void open() {
			this.opened = System.nanoTime();
		}

		void close() {
			this.closed = System.nanoTime();
			this.stopped = true;
		}

		boolean contains(long start, long end) {
			return start >= this.opened && end <= this.closed;
		}

		double seconds() {
			return (this.closed - this.opened) / 1e9;
		}

	}

}
