/**
 * Cold start of the sample app: plain JVM, ahead-of-time processing on the JVM and class data sharing, on the
 * embedded local server and against a server reached by URL.
 */
@NullMarked
package io.github.singlestorehttp.benchmarks.coldstart;

import org.jspecify.annotations.NullMarked;
