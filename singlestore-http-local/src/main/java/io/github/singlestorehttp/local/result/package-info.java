/**
 * Describing JDBC result columns the way the Data API does ({@code dataType} names such as {@code DATETIME(6)})
 * and reading their values in the Data API's JSON encoding. Internal to the local server.
 */
@NullMarked
package io.github.singlestorehttp.local.result;

import org.jspecify.annotations.NullMarked;
