/**
 * Peak heap needed to decode a large tuples body, measured in child JVMs.
 */
@NullMarked
package io.github.singlestorehttp.benchmarks.heap;

import org.jspecify.annotations.NullMarked;
