/**
 * HTTP transport to the Data API on Spring's {@code WebClient}. Internal to the client.
 */
@NullMarked
package io.github.singlestorehttp.client.http;

import org.jspecify.annotations.NullMarked;
