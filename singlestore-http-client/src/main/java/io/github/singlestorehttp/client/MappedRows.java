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
 * Maps streamed rows in the batches they were decoded in, and takes the shapes both APIs need: lists may
 * hold {@code null} (a NULL single column), reactive streams may not.
 */
final class MappedRows {

	/**
	 * Batches of rows requested ahead when they are flattened into a reactive stream: a few
	 * buffers' worth, so memory stays bounded by the consumer's pace.
	 */
	static final int BATCH_PREFETCH = 4;

	private MappedRows() {
	}

	/**
	 * Map batches of rows, numbering rows across batches.
	 * @param batches the rows in batches
	 * @param rowMapper maps each row; may return {@code null}
	 * @return the mapped values in the same batches
	 */
	static <T> Flux<List<@Nullable T>> map(Flux<List<Row>> batches, SingleStoreRowMapper<T> rowMapper) {
		return Flux.defer(() -> {
			int[] nextRowNumber = { 0 };
			return batches.map((rows) -> {
				List<@Nullable T> values = new ArrayList<>(rows.size());
				for (Row row : rows) {
					values.add(rowMapper.mapRow(row, nextRowNumber[0]++));
				}
				return values;
			});
		});
	}

	/**
	 * Keep the first rows of batches, reading no further batch once they are complete.
	 * @param batches the rows in batches
	 * @param maxRows the most rows to keep, or {@code 0} for all
	 * @return the kept rows in batches
	 */
	static Flux<List<Row>> limit(Flux<List<Row>> batches, int maxRows) {
		if (maxRows == 0) {
			return batches;
		}
		return Flux.defer(() -> {
			int[] remaining = { maxRows };
			return batches.map((rows) -> {
				List<Row> kept = (rows.size() <= remaining[0]) ? rows : rows.subList(0, remaining[0]);
				remaining[0] -= kept.size();
				return kept;
			}).takeUntil((rows) -> remaining[0] == 0);
		});
	}

	/**
	 * Flatten batches of values into a reactive stream, which cannot carry {@code null}.
	 * @param batches the batches
	 * @return the values in order, or an error at the first {@code null}
	 */
	static <T> Flux<T> flatten(Flux<List<@Nullable T>> batches) {
		return Flux.defer(() -> {
			int[] rowNumber = { 0 };
			return batches.flatMapIterable((batch) -> {
				for (@Nullable T value : batch) {
					if (value == null) {
						throw mappedToNull(rowNumber[0]);
					}
					rowNumber[0]++;
				}
				return batch;
			}, BATCH_PREFETCH);
		});
	}

	/**
	 * The first two values of batches, reading no further batch once they are there: enough to tell none,
	 * one and several apart.
	 * @param batches the values in batches
	 * @return up to two values, which may be {@code null}
	 */
	static <T> Mono<List<@Nullable T>> firstTwo(Flux<List<@Nullable T>> batches) {
		return Mono.defer(() -> {
			List<@Nullable T> values = new ArrayList<>(2);
			return batches.doOnNext((batch) -> {
				for (int i = 0; i < batch.size() && values.size() < 2; i++) {
					values.add(batch.get(i));
				}
			}).takeUntil((batch) -> values.size() == 2).then(Mono.fromSupplier(() -> values));
		});
	}

	static <T> Mono<T> atMostOne(Flux<T> values) {
		return values.take(2).collectList().handle((list, sink) -> {
			if (list.size() > 1) {
				sink.error(new IncorrectResultSizeDataAccessException("Query returned more than one row", 1));
			}
			else if (!list.isEmpty()) {
				sink.next(list.get(0));
			}
		});
	}

	static <T> Mono<T> exactlyOne(Flux<T> values) {
		return atMostOne(values)
			.switchIfEmpty(Mono.error(() -> new EmptyResultDataAccessException("Query returned no row", 1)));
	}

	private static InvalidDataAccessApiUsageException mappedToNull(int rowNumber) {
		return new InvalidDataAccessApiUsageException("Row " + rowNumber + " mapped to null (a NULL single column?), "
				+ "which a reactive stream cannot carry; map it to Optional, for example "
				+ "query(row -> Optional.ofNullable(row.get(0, BigDecimal.class))), or use the blocking API, whose "
				+ "lists hold null");
	}

}
