package io.github.singlestorehttp.local;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest.Backend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line server over MariaDB (the test run's own, found through the extension's server): a million rows
 * of 100-odd bytes stream from a server with 64 MB of heap, as over H2 ({@link LocalDataApiServerMainTest}); read
 * without the streaming fetch they would not fit.
 */
@LocalDataApiServerTest(backend = Backend.MARIADB)
class MariaDbLocalDataApiServerMainTest {

	private static final int MILLION = 1_000_000;

	@Test
	void streamsAMillionRowsFromAServerWith64MegabytesOfHeap(LocalDataApiServer mariaDbBacked) throws Exception {
		Process child = LocalDataApiServerMainTest.startChild(List.of("-Xmx64m"), "--password", "secret",
				"--database", "streaming", "--jdbc-url", mariaDbBacked.jdbcUrl());
		try {
			String url = LocalDataApiServerMainTest.awaitUrl(child);
			HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v2/query/tuples"))
				.header("Authorization", DataApiClient.basic("root", "secret"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT seq AS n, CONCAT('row ', seq, REPEAT('.', 100)) AS label "
						+ "FROM seq_1_to_" + MILLION + "\",\"database\":\"streaming\"}"))
				.build();

			HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
					HttpResponse.BodyHandlers.ofInputStream());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(LocalDataApiServerMainTest.countRows(response.body())).isEqualTo(MILLION);
			assertThat(child.isAlive()).isTrue();
		}
		finally {
			child.destroy();
			child.waitFor(10, TimeUnit.SECONDS);
		}
	}

}
