package io.github.singlestorehttp.client;

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

	private MappedRows() {
	}

	static <T> Flux<T> map(Flux<Row> rows, RowMapper<T> rowMapper) {
		return rows.index().handle((indexed, sink) -> {
			@Nullable T value = rowMapper.mapRow(indexed.getT2(), indexed.getT1().intValue());
			if (value == null) {
				sink.error(new InvalidDataAccessApiUsageException("Row " + indexed.getT1() + " mapped to null, which "
						+ "a reactive stream cannot carry (a NULL single column?); map it to a non-null value"));
			}
			else {
				sink.next(value);
			}
		});
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
