/**
 * HTTP transport to the Data API on Spring's {@code WebClient}: requests, retries, observations and the
 * translation of failures into Spring's {@link org.springframework.dao.DataAccessException} hierarchy.
 * Internal to the client: the public API is in {@code io.github.singlestorehttp.client}.
 */
@NullMarked
package io.github.singlestorehttp.client.http;

import org.jspecify.annotations.NullMarked;
