/**
 * TLS for the local server: a certificate authority and a server certificate generated at start.
 */
@NullMarked
package io.github.singlestorehttp.local.tls;

import org.jspecify.annotations.NullMarked;
