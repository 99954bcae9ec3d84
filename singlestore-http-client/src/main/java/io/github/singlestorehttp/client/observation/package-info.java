/**
 * Micrometer observations of Data API statements: one {@code singlestore.client.operations}
 * observation per statement, around the HTTP client's own observations of each attempt.
 */
@NullMarked
package io.github.singlestorehttp.client.observation;

import org.jspecify.annotations.NullMarked;
