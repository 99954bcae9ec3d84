package io.github.singlestorehttp.client;

/**
 * A result column as the Data API describes it in {@code /query/tuples} responses.
 *
 * @param name the column name or alias
 * @param dataType the SingleStore type name as sent, for example {@code BIGINT}, {@code DECIMAL(10,2)}
 * or {@code DATETIME(6)}
 * @param nullable whether the column may hold {@code NULL}
 */
public record ColumnMetadata(String name, String dataType, boolean nullable) {
}
