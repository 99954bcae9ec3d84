/**
 * SingleStore and MySQL SQL functions that H2 lacks, as Java user-defined functions. {@link H2FunctionCatalog}
 * registers them in a schema under the name of the SingleStore function prefixed with {@code SS_}.
 */
@NullMarked
package io.github.singlestorehttp.local.h2.functions;

import org.jspecify.annotations.NullMarked;
