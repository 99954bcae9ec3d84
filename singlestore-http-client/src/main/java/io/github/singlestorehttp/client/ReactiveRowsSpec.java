package io.github.singlestorehttp.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The rows of a reactive query, taken as all rows, exactly one or the first, as in Spring's
 * {@code DatabaseClient}. Each subscription runs the query again.
 * <p>
 * Reactive Streams cannot carry {@code null}: a row mapped to {@code null} (a NULL single column mapped to
 * a class) fails the result with an {@link org.springframework.dao.InvalidDataAccessApiUsageException}.
 * Map a nullable column to {@link java.util.Optional} instead, for example
 * {@code query(row -> Optional.ofNullable(row.get(0, BigDecimal.class)))}.
 *
 * @param <T> the mapped type
 */
public interface ReactiveRowsSpec<T> {

	/**
	 * All rows, emitted as they are decoded, with backpressure.
	 * @return the mapped rows
	 */
	Flux<T> all();

	/**
	 * At most one row.
	 * @return the mapped row, or empty when there is none; an
	 * {@link org.springframework.dao.IncorrectResultSizeDataAccessException} when there are several
	 */
	Mono<T> one();

	/**
	 * The first row; the rest of the response is not read.
	 * @return the first mapped row, or empty when there is none
	 */
	Mono<T> first();

}
