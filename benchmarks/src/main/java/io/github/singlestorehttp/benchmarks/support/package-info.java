/**
 * Helpers shared by the benchmarks: run modes, statistics, child JVMs and reports.
 */
@NullMarked
package io.github.singlestorehttp.benchmarks.support;

import org.jspecify.annotations.NullMarked;
