package io.github.singlestorehttp.client;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Maps streamed rows and checks result sizes, for the blocking and the reactive API alike.
 */
final class MappedRows {

	/**
	 * Batches of rows requested ahead when they are flattened or handed to a blocking stream: a few
	 * buffers' worth, so memory stays bounded by the consumer's pace.
	 */
	static final int BATCH_PREFETCH = 4;

	private MappedRows() {
	}

	/**
	 * Flatten batches of values into a stream of values.
	 * @param batches the batches
	 * @return the values in order
	 */
	static <T> Flux<T> flatten(Flux<List<T>> batches) {
		return batches.flatMapIterable((batch) -> batch, BATCH_PREFETCH);
	}

	/**
	 * Map batches of rows, numbering rows across batches.
	 * @param batches the rows in batches
	 * @param rowMapper maps each row; must not return {@code null}
	 * @return the mapped values in the same batches
	 */
	static <T> Flux<List<T>> map(Flux<List<Row>> batches, RowMapper<T> rowMapper) {
		return Flux.defer(() -> {
			int[] nextRowNumber = { 0 };
			return batches.map((rows) -> {
				List<T> values = new ArrayList<>(rows.size());
				for (Row row : rows) {
					values.add(mapRow(rowMapper, row, nextRowNumber[0]++));
				}
				return values;
			});
		});
	}

	private static <T> T mapRow(RowMapper<T> rowMapper, Row row, int rowNumber) {
		@Nullable T value = rowMapper.mapRow(row, rowNumber);
		if (value == null) {
			throw new InvalidDataAccessApiUsageException("Row " + rowNumber + " mapped to null, which "
					+ "a reactive stream cannot carry (a NULL single column?); map it to a non-null value");
		}
		return value;
	}

	static <T> Mono<List<T>> atMostOne(Flux<T> values) {
		return values.take(2).collectList().handle((list, sink) -> {
			if (list.size() > 1) {
				sink.error(new IncorrectResultSizeDataAccessException("Query returned more than one row", 1));
			}
			else {
				sink.next(list);
			}
		});
	}

	static <T> Mono<T> exactlyOne(Flux<T> values) {
		return atMostOne(values).handle((list, sink) -> {
			if (list.isEmpty()) {
				sink.error(new EmptyResultDataAccessException("Query returned no row", 1));
			}
			else {
				sink.next(list.get(0));
			}
		});
	}

}
