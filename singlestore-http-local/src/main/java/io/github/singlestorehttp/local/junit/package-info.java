/**
 * JUnit Jupiter support: {@link io.github.singlestorehttp.local.junit.LocalDataApiServerTest} starts one local Data
 * API server per test class and injects it into test constructors and methods.
 */
@NullMarked
package io.github.singlestorehttp.local.junit;

import org.jspecify.annotations.NullMarked;
