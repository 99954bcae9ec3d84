package io.github.singlestorehttp.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A million rows stream through {@code queryForStream} in a client JVM limited to a 64 MB heap: the
 * result is never held in memory.
 */
@LocalDataApiServerTest
class LargeResultStreamingTests {

	private static final long ROWS = 1_000_000;

	@Test
	void millionRowsStreamThroughASmallHeap(LocalDataApiServer server) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
				StreamingClient.class.getName(), server.url(), server.username(), server.password(), server.database(),
				Long.toString(ROWS), rowsQuery(server));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		boolean finished = process.waitFor(5, TimeUnit.MINUTES);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!finished) {
			process.destroyForcibly();
		}
		assertThat(finished).as(output).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("rows=" + ROWS + " sum=" + (ROWS * (ROWS + 1) / 2) + " maxHeapMb=");
	}

	/**
	 * A query for the numbers 1 to {@code ?}. No row generator is common to the engines: H2 has
	 * {@code SYSTEM_RANGE}, MariaDB its sequence tables ({@code seq_1_to_N}).
	 */
	private static String rowsQuery(LocalDataApiServer server) {
		if (server.jdbcUrl().startsWith("jdbc:mariadb:")) {
			return "SELECT seq AS id, CONCAT('row-', seq) AS label FROM seq_1_to_" + ROWS + " WHERE seq <= ?";
		}
		return "SELECT X AS id, CONCAT('row-', X) AS label FROM SYSTEM_RANGE(1, ?)";
	}

}
