package io.github.singlestorehttp.benchmarks.harness;

import java.util.SplittableRandom;

/**
 * One call of a workload, made over and over by every caller thread.
 */
@FunctionalInterface
interface Call {

	/**
	 * Makes the call.
	 * @param random the caller's own random source, for picking keys
	 * @throws Exception if the call fails, which stops the run
	 */
	void run(SplittableRandom random) throws Exception;

}
