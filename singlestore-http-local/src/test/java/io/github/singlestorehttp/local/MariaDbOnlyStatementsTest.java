package io.github.singlestorehttp.local;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest.Backend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over MariaDB, statements that would reach the MariaDB server or its host are refused, and the server keeps serving.
 */
@LocalDataApiServerTest(backend = Backend.MARIADB)
class MariaDbOnlyStatementsTest {

	@Test
	void shutdownIsRefusedAndTheServerKeepsServing(LocalDataApiServer server) {
		DataApiClient client = new DataApiClient(server);

		HttpResponse<String> shutdown = client.exec("SHUTDOWN");

		assertThat(shutdown.statusCode()).isEqualTo(400);
		assertThat(shutdown.body()).startsWith("Error 1064 (42000)").contains("MariaDB's SHUTDOWN");
		assertThat(client.tuples("SELECT 1 AS one").body()).contains("[[1]]");
	}

	@Test
	void hostFilesCanBeNeitherReadNorWritten(LocalDataApiServer server) throws Exception {
		DataApiClient client = new DataApiClient(server);
		Path file = Files.createTempDirectory("mariadb-only").resolve("dump");

		HttpResponse<String> read = client.tuples("SELECT LOAD_FILE('/etc/hostname') AS f");
		HttpResponse<String> write = client.tuples("SELECT 'x' INTO DUMPFILE '" + file + "'");

		assertThat(read.body()).startsWith("Error 1064 (42000)").contains("LOAD_FILE()");
		assertThat(write.body()).startsWith("Error 1064 (42000)").contains("INTO DUMPFILE");
		assertThat(file).doesNotExist();
		Files.delete(file.getParent());
	}

}
