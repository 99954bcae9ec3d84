/**
 * Spring Boot auto-configuration that starts a local Data API server when the application has no
 * {@code singlestore.http.url}.
 */
@NullMarked
package io.github.singlestorehttp.local.autoconfigure;

import org.jspecify.annotations.NullMarked;
