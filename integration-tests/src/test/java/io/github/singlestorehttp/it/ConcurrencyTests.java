package io.github.singlestorehttp.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many callers share one template against one server.
 */
@LocalDataApiServerTest
class ConcurrencyTests {

	private static final int CALLERS = 16;

	private static final int INSERTS_PER_CALLER = 50;

	@Test
	void blockingCallersInParallel(LocalDataApiServer server) throws Exception {
		SingleStoreTemplate template = Templates.connectedTo(server);
		template.update("CREATE TABLE events (id BIGINT AUTO_INCREMENT PRIMARY KEY, caller INT, seq INT)");
		ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
		try {
			List<Future<List<Long>>> results = new ArrayList<>();
			for (int caller = 0; caller < CALLERS; caller++) {
				int id = caller;
				results.add(pool.submit(() -> {
					List<Long> ids = new ArrayList<>();
					for (int seq = 0; seq < INSERTS_PER_CALLER; seq++) {
						ids.add(template.update("INSERT INTO events (caller, seq) VALUES (?, ?)", id, seq).lastInsertId());
						assertThat(template.query("SELECT COUNT(*) AS n FROM events WHERE caller = ?", id).get(0).get("n"))
							.isEqualTo((long) seq + 1);
					}
					return ids;
				}));
			}
			List<Long> allIds = new ArrayList<>();
			for (Future<List<Long>> result : results) {
				allIds.addAll(result.get());
			}
			assertThat(allIds).doesNotHaveDuplicates().hasSize(CALLERS * INSERTS_PER_CALLER);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(template.query("SELECT COUNT(*) AS n FROM events").get(0).get("n"))
			.isEqualTo((long) CALLERS * INSERTS_PER_CALLER);
	}

	@Test
	void reactiveRequestsInFlightTogether(LocalDataApiServer server) {
		SingleStoreTemplate template = Templates.connectedTo(server);
		List<Object> values = Flux.range(0, 200)
			.flatMap((i) -> template.reactive().query("SELECT ? + 0 AS v", i).map((row) -> row.get("v")), 64)
			.collectList()
			.block();
		assertThat(values).hasSize(200).doesNotHaveDuplicates();
	}

}
