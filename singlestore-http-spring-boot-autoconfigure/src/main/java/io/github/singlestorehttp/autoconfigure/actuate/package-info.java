/**
 * Actuator support: keeps the Data API credentials out of the {@code env} and {@code configprops}
 * endpoints.
 */
@NullMarked
package io.github.singlestorehttp.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
