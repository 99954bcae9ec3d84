package io.github.singlestorehttp.benchmarks.support;

import java.util.Arrays;

/**
 * Records call latencies in nanoseconds, one recorder per caller thread, and reads percentiles from all of them
 * merged. Every latency is kept (no histogram buckets), so percentiles are exact.
 */
public final class LatencyRecorder {

	private long[] latencies = new long[1024];

	private int count;

	/**
	 * Records one latency.
	 * @param nanos the latency in nanoseconds
	 */
	public void record(long nanos) {
		if (this.count == this.latencies.length) {
			this.latencies = Arrays.copyOf(this.latencies, this.count * 2);
		}
		this.latencies[this.count++] = nanos;
	}

	/**
	 * The number of recorded latencies.
	 * @return the count
	 */
	public int count() {
		return this.count;
	}

	/**
	 * Merges recorders into sorted latencies.
	 * @param recorders the recorders
	 * @return all latencies, sorted ascending
	 */
	public static long[] mergeSorted(Iterable<LatencyRecorder> recorders) {
		int total = 0;
		for (LatencyRecorder recorder : recorders) {
			total += recorder.count;
		}
		long[] all = new long[total];
		int offset = 0;
		for (LatencyRecorder recorder : recorders) {
			System.arraycopy(recorder.latencies, 0, all, offset, recorder.count);
			offset += recorder.count;
		}
		Arrays.sort(all);
		return all;
	}

	/**
	 * A percentile of sorted latencies (nearest rank).
	 * @param sorted the latencies, sorted ascending
	 * @param percentile the percentile, from 0 to 100
	 * @return the latency in nanoseconds, or 0 when there are none
	 */
	public static long percentile(long[] sorted, double percentile) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percentile / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}
