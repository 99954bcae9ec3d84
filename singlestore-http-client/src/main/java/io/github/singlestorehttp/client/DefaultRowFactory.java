package io.github.singlestorehttp.client;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.client.codec.DecodedColumn;
import io.github.singlestorehttp.client.codec.RowFactory;

import org.springframework.core.convert.ConversionService;

/**
 * Makes the decoder's rows {@link Row}s: one {@link RowMetadata} per result set, shared by its rows.
 */
final class DefaultRowFactory implements RowFactory<Row> {

	private final ConversionService conversionService;

	DefaultRowFactory(ConversionService conversionService) {
		this.conversionService = conversionService;
	}

	@Override
	public Function<@Nullable Object[], Row> forColumns(List<DecodedColumn> columns) {
		RowMetadata metadata = new DefaultRowMetadata(columns.stream()
			.map((column) -> new ColumnMetadata(column.name(), column.dataType(), column.nullable()))
			.toList());
		return (values) -> new DefaultRow(metadata, values, this.conversionService);
	}

}
