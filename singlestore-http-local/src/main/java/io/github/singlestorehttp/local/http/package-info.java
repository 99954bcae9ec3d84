/**
 * The HTTP side of the local server: routing, authentication, CORS, request validation and responses. Internal to
 * the local server.
 */
@NullMarked
package io.github.singlestorehttp.local.http;

import org.jspecify.annotations.NullMarked;
