package io.github.singlestorehttp.local;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2's administrative and host-access statements, which SingleStore does not have, are refused as syntax errors: no
 * request can stop the database, run Java code in the JVM that hosts the server, or reach its files. Behind that
 * check, requests run as a database user without H2's admin rights.
 */
@LocalDataApiServerTest
class HostProtectionTest {

	private static final String REFUSED = "Error 1064 (42000): You have an error in your SQL syntax; the local server "
			+ "does not run H2's ";

	private final DataApiClient client;

	HostProtectionTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@ParameterizedTest
	@ValueSource(strings = { "SHUTDOWN", "SHUTDOWN IMMEDIATELY", "SET EXCLUSIVE 1", "EXECUTE IMMEDIATE 'SHUTDOWN'",
			"DROP ALIAS FROM_BASE64", "SCRIPT", "SELECT FILE_READ('pom.xml') AS f",
			"SELECT * FROM CSVREAD('pom.xml')", "CREATE ALIAS PROPERTY FOR 'java.lang.System.getProperty'" })
	void areRefusedAndTheServerKeepsServing(String sql) {
		HttpResponse<String> exec = this.client.exec(sql);
		HttpResponse<String> query = this.client.rows(sql);

		assertThat(exec.statusCode()).isEqualTo(400);
		assertThat(exec.body()).startsWith(REFUSED);
		assertThat(query.body()).isEqualTo(exec.body());
		assertThat(this.client.rows("SELECT TO_BASE64('ok') AS b").body())
			.isEqualTo("{\"results\":[{\"rows\":[{\"b\":\"b2s=\"}]}]}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CREATE USER intruder PASSWORD 'secret'", "SET CACHE_SIZE 1024", "CHECKPOINT",
			"SET DEFAULT_LOCK_TIMEOUT 1", "ANALYZE" })
	void whatNeedsH2AdminRightsIsDeniedAsRequestsRunWithoutThem(String sql) {
		HttpResponse<String> response = this.client.exec(sql);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("Error 1227 (42000): Admin rights are required for this operation");
	}

	@Test
	void aliasesCannotEndTheJvm() {
		HttpResponse<String> create = this.client.exec("CREATE ALIAS EXIT_JVM FOR 'java.lang.System.exit'");
		HttpResponse<String> call = this.client.exec("SELECT EXIT_JVM(3)");

		assertThat(create.body()).isEqualTo(REFUSED + "CREATE ALIAS, which SingleStore does not have");
		assertThat(call.statusCode()).isEqualTo(400);
		assertThat(call.body()).startsWith("Error 1305 (42000): ");
	}

	@Test
	void filesAreNotWritten() {
		Path file = Path.of("target", "host-protection-test.csv");

		HttpResponse<String> response = this.client.exec("SELECT CSVWRITE('" + file + "', 'SELECT 1')");

		assertThat(response.body()).isEqualTo(REFUSED + "CSVWRITE(), which SingleStore does not have");
		assertThat(Files.exists(file)).isFalse();
	}

}
