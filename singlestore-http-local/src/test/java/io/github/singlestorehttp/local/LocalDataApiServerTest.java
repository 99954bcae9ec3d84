package io.github.singlestorehttp.local;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The server's builder and lifecycle.
 */
class LocalDataApiServerTest {

	@Test
	void defaults() {
		try (LocalDataApiServer server = LocalDataApiServer.builder().build().start()) {
			assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port());
			assertThat(server.port()).isPositive();
			assertThat(server.username()).isEqualTo("root");
			assertThat(server.password()).hasSize(24);
			assertThat(server.token()).isEmpty();
			assertThat(server.database()).isEqualTo("app");
			assertThat(server.jdbcUrl()).startsWith("jdbc:h2:mem:").contains(";MODE=MySQL;");
			assertThat(server.caCertificateFile()).isEmpty();
		}
	}

	@Test
	void everyServerGetsItsOwnRandomPasswordAndDatabase() {
		LocalDataApiServer first = LocalDataApiServer.builder().build();
		LocalDataApiServer second = LocalDataApiServer.builder().build();

		assertThat(first.password()).isNotEqualTo(second.password());
		assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
	}

	@Test
	void configuredCredentialsAreUsed() {
		try (LocalDataApiServer server = LocalDataApiServer.builder().username("admin").password("pw").token("tok")
			.database("shop").build().start()) {
			assertThat(server.username()).isEqualTo("admin");
			assertThat(server.password()).isEqualTo("pw");
			assertThat(server.token()).hasValue("tok");
			assertThat(new DataApiClient(server).rows("SELECT 1 AS x").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void addressIsOnlyKnownWhileRunning() {
		LocalDataApiServer server = LocalDataApiServer.builder().build();

		assertThatIllegalStateException().isThrownBy(server::url).withMessage("The server is not running");
		server.start();
		server.close();
		assertThatIllegalStateException().isThrownBy(server::port).withMessage("The server is not running");
	}

	@Test
	void startsOnlyOnce() {
		try (LocalDataApiServer server = LocalDataApiServer.builder().build().start()) {
			assertThatIllegalStateException().isThrownBy(server::start).withMessage("The server was already started");
		}
	}

	@Test
	void cannotRestartAfterClose() {
		LocalDataApiServer server = LocalDataApiServer.builder().build().start();
		server.close();
		server.close();

		assertThatIllegalStateException().isThrownBy(server::start).withMessage("The server was already closed");
	}

	@Test
	void closeStopsServing() {
		LocalDataApiServer server = LocalDataApiServer.builder().build().start();
		DataApiClient client = new DataApiClient(server);

		server.close();

		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> client.send(client.unauthenticated("/ping").GET()))
			.withCauseInstanceOf(ConnectException.class);
	}

	@Test
	void closeDropsTheInMemoryDatabase() throws SQLException {
		LocalDataApiServer server = LocalDataApiServer.builder().build().start();
		new DataApiClient(server).execAll("CREATE TABLE t (id INT)");

		server.close();

		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				ResultSet schemas = connection.getMetaData().getSchemas(null, "app")) {
			assertThat(schemas.next()).isFalse();
		}
	}

	@Test
	void startingLimitsTheTimeClientsHaveToSendARequestUnlessTheJvmIsToldOtherwise() {
		String maxRequestTime = "sun.net.httpserver.maxReqTime";
		String configured = System.getProperty(maxRequestTime);
		try {
			System.clearProperty(maxRequestTime);
			LocalDataApiServer.builder().build().start().close();
			String byDefault = System.getProperty(maxRequestTime);
			System.setProperty(maxRequestTime, "17");
			LocalDataApiServer.builder().build().start().close();

			assertThat(byDefault).isEqualTo("10");
			assertThat(System.getProperty(maxRequestTime)).isEqualTo("17");
			assertThat(System.getProperty("sun.net.httpserver.maxRspTime")).isNull();
		}
		finally {
			if (configured != null) {
				System.setProperty(maxRequestTime, configured);
			}
			else {
				System.clearProperty(maxRequestTime);
			}
		}
	}

	@Test
	void aBusyPortIsAClearStartFailure() {
		try (LocalDataApiServer first = LocalDataApiServer.builder().build().start()) {
			LocalDataApiServer second = LocalDataApiServer.builder().port(first.port()).build();

			assertThatIllegalStateException().isThrownBy(second::start)
				.withMessageStartingWith("Could not start the local Data API server on 127.0.0.1:" + first.port());
		}
	}

	@Test
	void aFileDatabaseKeepsItsDataAcrossServers(@TempDir Path directory) {
		String jdbcUrl = "jdbc:h2:file:" + directory.resolve("data") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
		try (LocalDataApiServer server = LocalDataApiServer.builder().jdbcUrl(jdbcUrl).build().start()) {
			new DataApiClient(server).execAll("CREATE TABLE kept (v VARCHAR(10))", "INSERT INTO kept VALUES ('saved')");
		}
		try (LocalDataApiServer server = LocalDataApiServer.builder().jdbcUrl(jdbcUrl).build().start()) {
			assertThat(new DataApiClient(server).rows("SELECT v FROM kept").body())
				.isEqualTo("{\"results\":[{\"rows\":[{\"v\":\"saved\"}]}]}");
		}
	}

	@Test
	void anUnreachableDatabaseIsAClearStartFailure() {
		LocalDataApiServer server = LocalDataApiServer.builder().jdbcUrl("jdbc:nosuchdriver:x").build();

		assertThatIllegalStateException().isThrownBy(server::start)
			.withMessageStartingWith("Could not prepare the database at jdbc:nosuchdriver:x");
	}

	@Test
	void startFailuresMaskThePasswordOfTheJdbcUrl() {
		LocalDataApiServer server = LocalDataApiServer.builder()
			.jdbcUrl("jdbc:h2:tcp://127.0.0.1:1/nowhere;USER=sa;PASSWORD=url-secret")
			.build();

		assertThatIllegalStateException().isThrownBy(server::start)
			.withMessageStartingWith(
					"Could not prepare the database at jdbc:h2:tcp://127.0.0.1:1/nowhere;USER=sa;PASSWORD=****: ")
			.withMessageNotContaining("url-secret")
			.satisfies((failure) -> assertThat(failure.getCause()).hasMessageNotContaining("url-secret"));
	}

	@Test
	void badSettingsAreRejected() {
		LocalDataApiServer.Builder builder = LocalDataApiServer.builder();

		assertThatIllegalArgumentException().isThrownBy(() -> builder.port(-1))
			.withMessage("port must be between 0 and 65535, not -1");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.port(65536));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.username(" "))
			.withMessage("username must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.username("a:b"))
			.withMessage("username must not contain ':'");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.database(""))
			.withMessage("database must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.token(""));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.password(""))
			.withMessage("password must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.password(" "))
			.withMessage("password must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.maxRequestBytes(0))
			.withMessage("maxRequestBytes must be at least 1, not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.poolSize(0))
			.withMessage("poolSize must be at least 1, not 0");
		assertThatIllegalStateException()
			.isThrownBy(() -> LocalDataApiServer.builder().caCertificateFile(Path.of("ca.pem")).build())
			.withMessage("caCertificateFile needs tls(true)");
	}

	@Test
	void smallerRequestLimitIsEnforced() {
		try (LocalDataApiServer server = LocalDataApiServer.builder().maxRequestBytes(64).build().start()) {
			DataApiClient client = new DataApiClient(server);

			assertThat(client.rows("SELECT 1").statusCode()).isEqualTo(200);
			assertThat(client.rows("SELECT '" + "x".repeat(64) + "'").statusCode()).isEqualTo(413);
		}
	}

}
