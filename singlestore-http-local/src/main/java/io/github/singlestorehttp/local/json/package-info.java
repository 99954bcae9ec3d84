/**
 * Writing Data API responses as JSON, streamed straight to the response body. Internal to the local server.
 */
@NullMarked
package io.github.singlestorehttp.local.json;

import org.jspecify.annotations.NullMarked;
