/**
 * SQL with named parameters ({@code :name}) rewritten to positional {@code ?} placeholders and an
 * argument list, with spring-jdbc's {@code NamedParameterUtils} and {@code SqlParameterSource} family.
 * Internal to the client: use named parameters through {@code sql(…).param(name, value)} of
 * {@link io.github.singlestorehttp.client.SingleStoreOperations} and
 * {@link io.github.singlestorehttp.client.ReactiveSingleStoreOperations}.
 */
@NullMarked
package io.github.singlestorehttp.client.named;

import org.jspecify.annotations.NullMarked;
