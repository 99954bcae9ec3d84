package io.github.singlestorehttp.client.codec;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Makes the rows a {@link TuplesDecoder} emits, so that the decoder knows nothing of the row type.
 *
 * @param <R> the row type
 */
@FunctionalInterface
public interface RowFactory<R> {

	/**
	 * Prepare for the rows of a result set, once its columns are known.
	 * @param columns the columns, in result order
	 * @return makes one row from its decoded values; each array is new and belongs to the row
	 */
	Function<@Nullable Object[], R> forColumns(List<DecodedColumn> columns);

}
