package io.github.singlestorehttp.local.sql;

/**
 * The outcome of a statement sent to {@code /exec}.
 *
 * @param lastInsertId the first AUTO_INCREMENT value the statement generated, 0 when none
 * @param rowsAffected the number of rows the statement affected
 */
public record ExecResult(long lastInsertId, long rowsAffected) {
}
