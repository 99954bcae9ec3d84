package io.github.singlestorehttp.local;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /exec}: {@code lastInsertId} and {@code rowsAffected}.
 */
@LocalDataApiServerTest
class ExecEndpointTest {

	private final DataApiClient client;

	ExecEndpointTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@Test
	void ddlAffectsNoRows() {
		assertThat(this.client.exec("CREATE TABLE ddl (id INT)").body())
			.isEqualTo("{\"lastInsertId\":0,\"rowsAffected\":0}");
	}

	@Test
	void insertReportsTheGeneratedId() {
		this.client.execAll("CREATE TABLE users (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL)");

		assertThat(this.client.exec("INSERT INTO users (name) VALUES ('John')").body())
			.isEqualTo("{\"lastInsertId\":1,\"rowsAffected\":1}");
		assertThat(this.client.exec("INSERT INTO users (name) VALUES (?)", "Jane").body())
			.isEqualTo("{\"lastInsertId\":2,\"rowsAffected\":1}");
	}

	@Test
	void multiRowInsertReportsTheFirstGeneratedId() {
		this.client.execAll("CREATE TABLE batch (id INT AUTO_INCREMENT PRIMARY KEY, v INT)",
				"INSERT INTO batch (v) VALUES (0)");

		assertThat(this.client.exec("INSERT INTO batch (v) VALUES (1), (2), (3)").body())
			.isEqualTo("{\"lastInsertId\":2,\"rowsAffected\":3}");
	}

	@Test
	void insertWithoutAutoIncrementReportsZero() {
		this.client.execAll("CREATE TABLE plain (id INT PRIMARY KEY, v INT)");

		assertThat(this.client.exec("INSERT INTO plain VALUES (5, 1)").body())
			.isEqualTo("{\"lastInsertId\":0,\"rowsAffected\":1}");
	}

	@Test
	void updateAndDeleteReportAffectedRowsAndNoId() {
		this.client.execAll("CREATE TABLE items (id INT AUTO_INCREMENT PRIMARY KEY, v INT)",
				"INSERT INTO items (v) VALUES (1), (1), (2)");

		assertThat(this.client.exec("UPDATE items SET v = 3 WHERE v = 1").body())
			.isEqualTo("{\"lastInsertId\":0,\"rowsAffected\":2}");
		assertThat(this.client.exec("DELETE FROM items WHERE v = 3").body())
			.isEqualTo("{\"lastInsertId\":0,\"rowsAffected\":2}");
		assertThat(this.client.exec("DELETE FROM items WHERE v = 99").body())
			.isEqualTo("{\"lastInsertId\":0,\"rowsAffected\":0}");
	}

	@Test
	void queryThroughExecDiscardsItsRows() {
		assertThat(this.client.exec("SELECT X FROM SYSTEM_RANGE(1, 10)").body())
			.isEqualTo("{\"lastInsertId\":0,\"rowsAffected\":0}");
	}

	@Test
	void execAnswersJson() {
		assertThat(this.client.exec("SELECT 1").headers().firstValue("Content-Type")).hasValue("application/json");
	}

}
