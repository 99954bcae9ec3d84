/**
 * Encoding of statements into Data API request bodies and decoding of Data API responses.
 * Internal to the client: the public API is in {@code io.github.singlestorehttp.client}.
 */
@NullMarked
package io.github.singlestorehttp.client.codec;

import org.jspecify.annotations.NullMarked;
