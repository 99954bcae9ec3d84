/**
 * Schema and data scripts run through the {@code SingleStoreTemplate} at startup, configured by
 * {@code spring.sql.init.*} as for JDBC and R2DBC.
 */
@NullMarked
package io.github.singlestorehttp.autoconfigure.init;

import org.jspecify.annotations.NullMarked;
