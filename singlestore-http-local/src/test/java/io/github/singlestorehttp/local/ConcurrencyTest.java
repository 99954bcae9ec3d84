package io.github.singlestorehttp.local;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests are served in parallel: sixteen queries that each wait for all the others at a barrier can only finish
 * if the server runs them at the same time.
 */
class ConcurrencyTest {

	private static final int PARALLEL_REQUESTS = 16;


	@Test
	void sixteenRequestsRunAtTheSameTime() throws SQLException {
		ExecutorService callers = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
		try (LocalDataApiServer server = LocalDataApiServer.builder().poolSize(PARALLEL_REQUESTS).build().start()) {
			DataApiClient client = new DataApiClient(server);
			createAwaitPeers(server);

			List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, PARALLEL_REQUESTS)
				.mapToObj((index) -> CompletableFuture
					.supplyAsync(() -> client.rows("SELECT AWAIT_PEERS() AS arrival"), callers))
				.toList();

			assertThat(responses).allSatisfy((response) -> assertThat(response.join().statusCode()).isEqualTo(200));
			assertThat(responses.stream().map((response) -> DataApiClient.json(response.join())
				.get("results").get(0).get("rows").get(0).get("arrival").intValue())).containsExactlyInAnyOrderElementsOf(
						IntStream.range(0, PARALLEL_REQUESTS).boxed().toList());
		}
		finally {
			callers.shutdownNow();
		}
	}

	/**
	 * Registers {@code AWAIT_PEERS()} directly in H2, as requests may not create functions.
	 */
	private static void createAwaitPeers(LocalDataApiServer server) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE ALIAS \"" + server.database() + "\".AWAIT_PEERS FOR '" + Peers.class.getName()
					+ ".await'");
		}
	}

	/**
	 * Called from SQL as {@code AWAIT_PEERS()}; public so that H2 may call it.
	 */
	public static final class Peers {

		private static final CyclicBarrier BARRIER = new CyclicBarrier(PARALLEL_REQUESTS);

		private Peers() {
		}

		/**
		 * Blocks until every parallel request has arrived.
		 * @return the arrival index
		 * @throws Exception if the others do not arrive, which means requests ran one after the other
		 */
		public static int await() throws Exception {
			return BARRIER.await(30, TimeUnit.SECONDS);
		}

	}

}
