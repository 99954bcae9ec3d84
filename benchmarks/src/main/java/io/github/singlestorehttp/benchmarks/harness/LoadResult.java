package io.github.singlestorehttp.benchmarks.harness;

/**
 * What one load run measured.
 *
 * @param calls the calls completed in the measured window
 * @param seconds the length of the window
 * @param p50Nanos the median latency
 * @param p99Nanos the 99th percentile latency
 */
record LoadResult(long calls, double seconds, long p50Nanos, long p99Nanos) {

	double callsPerSecond() {
		return this.calls / this.seconds;
	}

}
