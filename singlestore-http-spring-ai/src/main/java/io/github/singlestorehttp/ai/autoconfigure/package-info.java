/**
 * Auto-configuration of the SingleStore vector store.
 */
@NullMarked
package io.github.singlestorehttp.ai.autoconfigure;

import org.jspecify.annotations.NullMarked;
