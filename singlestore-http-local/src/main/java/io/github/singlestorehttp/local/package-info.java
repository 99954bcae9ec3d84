/**
 * A local server that speaks SingleStore's HTTP Data API, backed by an embedded H2 database (or any JDBC
 * database), for development and tests.
 * <p>
 * Start one with {@link io.github.singlestorehttp.local.LocalDataApiServer#builder()}, from the command line with
 * {@link io.github.singlestorehttp.local.LocalDataApiServerMain}, in JUnit tests with
 * {@link io.github.singlestorehttp.local.junit.LocalDataApiServerTest}, or let the Spring Boot auto-configuration
 * start one when no {@code singlestore.http.url} is set.
 */
@NullMarked
package io.github.singlestorehttp.local;

import org.jspecify.annotations.NullMarked;
