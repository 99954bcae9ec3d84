/**
 * H2 support for the local server: MySQL error codes, databases as schemas, MySQL types H2 lacks, and the
 * {@code FROM_BASE64}/{@code TO_BASE64} functions.
 */
@NullMarked
package io.github.singlestorehttp.local.h2;

import org.jspecify.annotations.NullMarked;
