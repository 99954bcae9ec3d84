/**
 * The ways of decoding a tuples body that the benchmarks compare: bare streaming parse, tree of maps, the template's decoder.
 */
@NullMarked
package io.github.singlestorehttp.benchmarks.decode;

import org.jspecify.annotations.NullMarked;
