/**
 * SQL over SingleStore's HTTP Data API: {@link io.github.singlestorehttp.client.SingleStoreTemplate} for
 * blocking calls and {@link io.github.singlestorehttp.client.ReactiveSingleStoreOperations} for reactive ones.
 */
@NullMarked
package io.github.singlestorehttp.client;

import org.jspecify.annotations.NullMarked;
