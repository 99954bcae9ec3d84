package io.github.singlestorehttp.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code database} field: unknown, case-sensitive, absent; databases created and dropped with SQL.
 */
@LocalDataApiServerTest
class DatabaseSelectionTest {

	private final DataApiClient client;

	DatabaseSelectionTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@BeforeAll
	static void createTable(LocalDataApiServer server) {
		new DataApiClient(server).execAll("CREATE TABLE t (id INT)", "INSERT INTO t VALUES (7)");
	}

	@Test
	void unknownDatabaseIs1049() {
		assertThat(this.client.withDatabase("nope").rows("SELECT 1").body())
			.isEqualTo("Error 1049 (42000): Unknown database 'nope'");
	}

	@Test
	void databaseNamesAreCaseSensitive() {
		assertThat(this.client.withDatabase("APP").rows("SELECT 1").body())
			.isEqualTo("Error 1049 (42000): Unknown database 'APP'");
	}

	@Test
	void withoutDatabaseUnqualifiedTablesAre1046() {
		DataApiClient noDatabase = this.client.withoutDatabase();

		assertThat(noDatabase.rows("SELECT * FROM t").body()).isEqualTo("Error 1046 (3D000): No database selected");
		assertThat(noDatabase.exec("INSERT INTO t VALUES (1)").body())
			.isEqualTo("Error 1046 (3D000): No database selected");
	}

	@Test
	void withoutDatabaseQualifiedNamesAndPlainExpressionsWork() {
		DataApiClient noDatabase = this.client.withoutDatabase();

		assertThat(noDatabase.rows("SELECT id FROM app.t").body()).isEqualTo("{\"results\":[{\"rows\":[{\"id\":7}]}]}");
		assertThat(noDatabase.rows("SELECT 1 + 1 AS two").body()).isEqualTo("{\"results\":[{\"rows\":[{\"two\":2}]}]}");
	}

	@Test
	void withoutDatabaseCreatingATableIs1046AndLeavesNothingBehind() {
		DataApiClient noDatabase = this.client.withoutDatabase();

		assertThat(noDatabase.exec("CREATE TABLE stray (id INT)").body())
			.isEqualTo("Error 1046 (3D000): No database selected");
		assertThat(noDatabase.rows("SELECT * FROM stray").body()).isEqualTo("Error 1046 (3D000): No database selected");
	}

	@Test
	void createAndDropDatabase() {
		DataApiClient noDatabase = this.client.withoutDatabase();
		DataApiClient shop = this.client.withDatabase("shop");

		assertThat(noDatabase.exec("CREATE DATABASE shop").statusCode()).isEqualTo(200);
		shop.execAll("CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, note TEXT)",
				"INSERT INTO orders (note) VALUES ('first')");
		assertThat(shop.tuples("SELECT note FROM orders").body()).contains("\"dataType\":\"TEXT\"", "[[\"first\"]]");
		assertThat(noDatabase.rows("SELECT note FROM shop.orders").body()).contains("first");
		assertThat(noDatabase.exec("CREATE DATABASE shop").body()).startsWith("Error 1007 (HY000): ");
		assertThat(noDatabase.exec("CREATE DATABASE IF NOT EXISTS shop").statusCode()).isEqualTo(200);
		assertThat(noDatabase.exec("DROP DATABASE shop").statusCode()).isEqualTo(200);
		assertThat(shop.rows("SELECT 1").body()).isEqualTo("Error 1049 (42000): Unknown database 'shop'");
		assertThat(noDatabase.exec("DROP DATABASE IF EXISTS shop").statusCode()).isEqualTo(200);
	}

	@Test
	void createdDatabasesKeepTheCaseOfTheirName() {
		this.client.withoutDatabase().execAll("CREATE DATABASE `Reports` PARTITIONS 8");

		assertThat(this.client.withDatabase("Reports").rows("SELECT 1 AS x").statusCode()).isEqualTo(200);
		assertThat(this.client.withDatabase("reports").rows("SELECT 1 AS x").body())
			.isEqualTo("Error 1049 (42000): Unknown database 'reports'");
	}

	@Test
	void sessionStateDoesNotLeakIntoTheNextRequest() throws SQLException {
		try (LocalDataApiServer single = LocalDataApiServer.builder().poolSize(1).build().start()) {
			DataApiClient app = new DataApiClient(single);
			app.execAll("CREATE TABLE log (id INT)");

			assertThat(app.exec("BEGIN").statusCode()).isEqualTo(200);
			assertThat(app.exec("INSERT INTO log VALUES (1)").statusCode()).isEqualTo(200);
			assertThat(app.exec("USE information_schema").statusCode()).isEqualTo(200);
			assertThat(app.withoutDatabase().rows("SELECT COUNT(*) AS c FROM log").body())
				.isEqualTo("Error 1046 (3D000): No database selected");
			assertThat(committedRows(single)).isEqualTo(1);
		}
	}

	private static int committedRows(LocalDataApiServer server) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM app.log")) {
			count.next();
			return count.getInt(1);
		}
	}

}
