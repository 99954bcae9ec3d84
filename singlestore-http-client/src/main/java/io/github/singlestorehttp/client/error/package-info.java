/**
 * Parsing of Data API error responses and their translation into Spring's
 * {@link org.springframework.dao.DataAccessException} hierarchy.
 */
@NullMarked
package io.github.singlestorehttp.client.error;

import org.jspecify.annotations.NullMarked;
