/**
 * The SingleStore dialect of the local server: reads each statement as SingleStore does (MySQL's lexical rules plus
 * SingleStore's operators) and rewrites SingleStore syntax into what the backing database runs.
 */
@NullMarked
package io.github.singlestorehttp.local.dialect;

import org.jspecify.annotations.NullMarked;
