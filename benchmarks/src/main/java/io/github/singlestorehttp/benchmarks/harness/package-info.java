/**
 * End-to-end harness against the local Data API server: latency, throughput, batches, streaming, server heap, Python.
 */
@NullMarked
package io.github.singlestorehttp.benchmarks.harness;

import org.jspecify.annotations.NullMarked;
