/**
 * MariaDB (and MySQL) behind the local server: the SingleStore dialect layer's target for a MySQL-family engine,
 * where most of SingleStore's SQL runs as written and only SingleStore's own types and functions are emulated.
 */
@NullMarked
package io.github.singlestorehttp.local.mariadb;

import org.jspecify.annotations.NullMarked;
