/**
 * A Spring AI {@link org.springframework.ai.vectorstore.VectorStore} over SingleStore's HTTP Data API.
 */
@NullMarked
package io.github.singlestorehttp.ai;

import org.jspecify.annotations.NullMarked;
