/**
 * Observation settings of the SingleStore Data API client.
 */
@NullMarked
package io.github.singlestorehttp.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
