package io.github.singlestorehttp.local.result;

/**
 * A result column as the Data API describes it.
 *
 * @param name the column label
 * @param dataType the Data API type name, such as {@code BIGINT} or {@code DECIMAL(10,2)}
 * @param nullable whether the column may hold NULL
 * @param reader reads the column's values in the Data API's encoding
 */
public record ResultColumn(String name, String dataType, boolean nullable, ValueReader reader) {
}
