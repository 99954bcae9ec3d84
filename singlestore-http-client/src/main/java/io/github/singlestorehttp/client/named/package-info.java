/**
 * SQL with named parameters ({@code :name}) rewritten to positional {@code ?} placeholders and an
 * argument list, with spring-jdbc's {@code NamedParameterUtils} and {@code SqlParameterSource} family.
 * Start with {@link io.github.singlestorehttp.client.named.NamedStatement}.
 */
@NullMarked
package io.github.singlestorehttp.client.named;

import org.jspecify.annotations.NullMarked;
