package io.github.singlestorehttp.client.codec;

/**
 * A result column as a {@code /query/tuples} response describes it.
 *
 * @param name the column name or alias
 * @param dataType the SingleStore type name as sent, for example {@code BIGINT} or {@code DECIMAL(10,2)}
 * @param nullable whether the column may hold {@code NULL}
 */
public record DecodedColumn(String name, String dataType, boolean nullable) {
}
