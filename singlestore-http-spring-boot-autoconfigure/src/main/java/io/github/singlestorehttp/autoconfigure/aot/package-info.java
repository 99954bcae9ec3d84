/**
 * Ahead-of-time processing support: reflection hints for the types applications map rows to.
 */
@NullMarked
package io.github.singlestorehttp.autoconfigure.aot;

import org.jspecify.annotations.NullMarked;
