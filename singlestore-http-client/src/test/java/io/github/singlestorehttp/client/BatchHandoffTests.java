package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataRetrievalFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class BatchHandoffTests {

	@Test
	void everyValueArrivesInOrderAcrossManyBatches() {
		Flux<List<Integer>> batches = Flux.range(0, 1000)
			.map((batch) -> IntStream.range(batch * 10, batch * 10 + 10).boxed().toList());
		try (Stream<Integer> values = BatchHandoff.stream(batches)) {
			assertThat(values).containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
		}
	}

	@Test
	void aFailureArrivesAfterTheValuesThatCameBeforeIt() {
		DataRetrievalFailureException failure = new DataRetrievalFailureException("connection lost");
		Flux<List<String>> batches = Flux.just(List.of("a", "b"), List.of("c")).concatWith(Mono.error(failure));
		List<String> seen = new ArrayList<>();
		try (Stream<String> values = BatchHandoff.stream(batches)) {
			assertThatExceptionOfType(DataRetrievalFailureException.class)
				.isThrownBy(() -> values.forEach(seen::add))
				.isSameAs(failure);
		}
		assertThat(seen).containsExactly("a", "b", "c");
	}

	@Test
	void aBatchIsHandedOverWithoutWaitingForMoreOrForTheEnd() {
		Flux<List<String>> batches = Flux.just(List.of("first")).concatWith(Mono.never());
		try (Stream<String> values = BatchHandoff.stream(batches)) {
			Iterator<String> iterator = values.iterator();
			String first = assertTimeoutPreemptively(Duration.ofSeconds(30), iterator::next);
			assertThat(first).isEqualTo("first");
		}
	}

	@Test
	void closingTheStreamCancelsTheBatches() {
		AtomicBoolean cancelled = new AtomicBoolean();
		Flux<List<String>> batches = Flux.just(List.of("a")).concatWith(Mono.never()).doOnCancel(() -> cancelled.set(true));
		try (Stream<String> values = BatchHandoff.stream(batches)) {
			assertThat(values.iterator().next()).isEqualTo("a");
		}
		assertThat(cancelled).isTrue();
	}

	@Test
	void nullValuesPassThrough() {
		List<String> withNull = new ArrayList<>();
		withNull.add(null);
		withNull.add("x");
		try (Stream<String> values = BatchHandoff.stream(Flux.just(withNull))) {
			assertThat(values).containsExactly(null, "x");
		}
	}

}
