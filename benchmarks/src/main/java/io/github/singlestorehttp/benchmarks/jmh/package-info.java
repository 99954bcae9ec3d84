/**
 * JMH benchmarks: per-call overhead and decoding, and the suite that runs them and reports ratios.
 */
@NullMarked
package io.github.singlestorehttp.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
