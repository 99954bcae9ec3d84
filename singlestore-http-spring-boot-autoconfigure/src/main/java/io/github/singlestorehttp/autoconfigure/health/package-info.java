/**
 * Health indicator of the SingleStore Data API and its auto-configuration.
 */
@NullMarked
package io.github.singlestorehttp.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
