/**
 * Benchmarks of the SingleStore Data API client, each measured against a baseline in the same run.
 */
@NullMarked
package io.github.singlestorehttp.benchmarks;

import org.jspecify.annotations.NullMarked;
