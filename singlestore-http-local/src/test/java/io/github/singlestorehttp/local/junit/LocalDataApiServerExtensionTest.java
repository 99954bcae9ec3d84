package io.github.singlestorehttp.local.junit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest.Backend;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * {@link LocalDataApiServerTest} and {@link LocalDataApiServerExtension}.
 */
@LocalDataApiServerTest(database = "ext")
class LocalDataApiServerExtensionTest {

	private final LocalDataApiServer constructorServer;

	LocalDataApiServerExtensionTest(LocalDataApiServer server) {
		this.constructorServer = server;
	}

	@Test
	void injectsOneRunningServerConfiguredByTheAnnotation(LocalDataApiServer server) throws Exception {
		assertThat(server).isSameAs(this.constructorServer);
		assertThat(server.database()).isEqualTo("ext");
		assertThat(ping(server)).isEqualTo("pong");
	}

	@Test
	void closesTheServerAfterTheTestClass() {
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherDiscoveryRequest request = request().selectors(selectClass(SharedServerTests.class)).build();

		LauncherFactory.create().execute(request, listener);

		assertThat(listener.getSummary().getTestsSucceededCount()).isEqualTo(2);
		assertThat(SharedServerTests.seen).hasSize(2);
		assertThat(SharedServerTests.seen.get(0)).isSameAs(SharedServerTests.seen.get(1));
		assertThatIllegalStateException().isThrownBy(() -> SharedServerTests.seen.get(0).url());
	}

	@Test
	void mariaDbBackendRunsTheServersOfARunOverOneMariaDbEmptiedForEachClass() {
		Assumptions.assumeTrue(ThrowawayMariaDb.server().isPresent(), "MariaDB is not installed");
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherDiscoveryRequest request = request()
			.selectors(selectClass(FirstMariaDbTests.class), selectClass(SecondMariaDbTests.class))
			.build();

		LauncherFactory.create().execute(request, listener);

		assertThat(listener.getSummary().getTestsSucceededCount()).isEqualTo(2);
		assertThat(FirstMariaDbTests.jdbcUrls).hasSize(2).allMatch((url) -> url.startsWith("jdbc:mariadb:"));
		assertThat(FirstMariaDbTests.jdbcUrls.get(0)).isEqualTo(FirstMariaDbTests.jdbcUrls.get(1));
	}

	@Nested
	class NestedTests {

		@Test
		void shareTheEnclosingClassesServer(LocalDataApiServer server) {
			assertThat(server).isSameAs(LocalDataApiServerExtensionTest.this.constructorServer);
		}

	}

	static String ping(LocalDataApiServer server) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(server.url() + "/ping")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/**
	 * Run by {@link #closesTheServerAfterTheTestClass()} through the launcher, not by the build directly.
	 */
	@LocalDataApiServerTest(tls = true)
	static class SharedServerTests {

		static final List<LocalDataApiServer> seen = new ArrayList<>();

		@Test
		void first(LocalDataApiServer server) {
			record(server);
		}

		@Test
		void second(LocalDataApiServer server) {
			record(server);
		}

		private static void record(LocalDataApiServer server) {
			assertThat(server.url()).startsWith("https://");
			seen.add(server);
		}

	}

	@LocalDataApiServerTest(backend = Backend.MARIADB)
	static class FirstMariaDbTests {

		static final List<String> jdbcUrls = new ArrayList<>();

		@Test
		void leavesATableBehind(LocalDataApiServer server) throws SQLException {
			jdbcUrls.add(server.jdbcUrl());
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE app.leftover (id INT)");
			}
		}

	}

	@LocalDataApiServerTest(backend = Backend.MARIADB)
	static class SecondMariaDbTests {

		@Test
		void findsNoTableOfTheClassBefore(LocalDataApiServer server) throws SQLException {
			FirstMariaDbTests.jdbcUrls.add(server.jdbcUrl());
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
					Statement statement = connection.createStatement();
					ResultSet tables = statement.executeQuery(
							"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'app'")) {
				tables.next();
				assertThat(tables.getInt(1)).isZero();
			}
		}

	}

}
