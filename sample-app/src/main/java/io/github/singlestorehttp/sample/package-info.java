/**
 * A Spring Boot application that runs the users CRUD demo on {@code SingleStoreTemplate}.
 */
@NullMarked
package io.github.singlestorehttp.sample;

import org.jspecify.annotations.NullMarked;
