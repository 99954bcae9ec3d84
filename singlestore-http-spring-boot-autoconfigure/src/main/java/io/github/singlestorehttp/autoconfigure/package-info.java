/**
 * Spring Boot auto-configuration for {@code SingleStoreTemplate}: properties under
 * {@code singlestore.http.*}, connection details, health and observation support.
 */
@NullMarked
package io.github.singlestorehttp.autoconfigure;

import org.jspecify.annotations.NullMarked;
