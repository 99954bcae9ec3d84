/**
 * Running one Data API request against JDBC: statement checks, argument binding, database selection, execution
 * and MySQL-style errors. Internal to the local server.
 */
@NullMarked
package io.github.singlestorehttp.local.sql;

import org.jspecify.annotations.NullMarked;
