/**
 * What a failed statement carries from the Data API: every failure is a Spring
 * {@link org.springframework.dao.DataAccessException} whose cause is a
 * {@link io.github.singlestorehttp.client.error.DataApiSqlException} naming the endpoint, HTTP status and
 * server error code (with the parsed {@link io.github.singlestorehttp.client.error.DataApiError}).
 */
@NullMarked
package io.github.singlestorehttp.client.error;

import org.jspecify.annotations.NullMarked;
