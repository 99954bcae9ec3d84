package io.github.singlestorehttp.local;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 errors reported with the MySQL error numbers and SQLSTATEs SingleStore uses.
 */
@LocalDataApiServerTest
class ErrorMappingTest {

	private final DataApiClient client;

	ErrorMappingTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@BeforeAll
	static void createTables(LocalDataApiServer server) {
		new DataApiClient(server).execAll(
				"CREATE TABLE parents (id INT PRIMARY KEY, name VARCHAR(5) NOT NULL, n INT, d DATE)",
				"CREATE TABLE children (id INT PRIMARY KEY, parent_id INT REFERENCES parents(id))",
				"INSERT INTO parents VALUES (1, 'one', 0, NULL)", "INSERT INTO children VALUES (1, 1)",
				"CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(50) UNIQUE, region VARCHAR(10), code INT, "
						+ "nick VARCHAR(20), secret VARCHAR(20), UNIQUE KEY region_code (region, code))",
				"CREATE UNIQUE INDEX nick_index ON accounts (nick)",
				"INSERT INTO accounts VALUES (9007199254740993, 'a@example.com', 'eu', 7, 'it''s, me', 'top-secret')",
				"INSERT INTO accounts VALUES (8, 'b@example.com', 'us', 1, 'bee', 'top-secret')",
				"CREATE TABLE tags (name VARCHAR(20) PRIMARY KEY, secret VARCHAR(20))",
				"INSERT INTO tags VALUES ('a, \"b\"', 'top-secret')",
				"CREATE TABLE stock (shop INT, item VARCHAR(10), secret VARCHAR(20), PRIMARY KEY (shop, item))",
				"INSERT INTO stock VALUES (3, 'pen', 'top-secret')",
				"CREATE TABLE `Events` (id INT PRIMARY KEY, day DATE, CONSTRAINT `One \"Per\" Day` UNIQUE (day))",
				"INSERT INTO `Events` VALUES (1, '2024-05-01')");
	}

	@Test
	void duplicateKeyIs1062() {
		assertError(this.client.exec("INSERT INTO parents VALUES (1, 'again', 0, NULL)"), "Error 1062 (23000): ");
	}

	@ParameterizedTest
	@MethodSource("duplicateKeys")
	void duplicateKeysAreReportedAsSingleStoreDoesWithoutTheRestOfTheRow(String sql, String message) {
		HttpResponse<String> response = this.client.exec(sql);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("Error 1062 (23000): " + message);
	}

	static Stream<Arguments> duplicateKeys() {
		return Stream.of(
				Arguments.of("INSERT INTO parents VALUES (1, 'again', 0, NULL)", "Duplicate entry '1' for key 'PRIMARY'"),
				Arguments.of("INSERT INTO accounts (id) VALUES (9007199254740993)",
						"Duplicate entry '9007199254740993' for key 'PRIMARY'"),
				Arguments.of("INSERT INTO accounts (id, email) VALUES (2, 'a@example.com')",
						"Duplicate entry 'a@example.com' for key 'email'"),
				Arguments.of("INSERT INTO accounts (id, region, code) VALUES (3, 'eu', 7)",
						"Duplicate entry 'eu-7' for key 'region_code'"),
				Arguments.of("INSERT INTO accounts (id, nick) VALUES (4, 'it''s, me')",
						"Duplicate entry 'it's, me' for key 'nick_index'"),
				Arguments.of("UPDATE accounts SET email = 'a@example.com' WHERE id = 8",
						"Duplicate entry 'a@example.com' for key 'email'"),
				Arguments.of("INSERT INTO tags VALUES ('a, \"b\"', 'other')", "Duplicate entry 'a, \"b\"' for key 'PRIMARY'"),
				Arguments.of("INSERT INTO stock VALUES (3, 'pen', 'other')", "Duplicate entry '3-pen' for key 'PRIMARY'"),
				Arguments.of("INSERT INTO `Events` VALUES (2, '2024-05-01')",
						"Duplicate entry '2024-05-01' for key 'one \"per\" day'"));
	}

	@Test
	void unknownTableIs1146() {
		HttpResponse<String> response = this.client.rows("SELECT * FROM userz");

		assertError(response, "Error 1146 (42S02): ");
		assertThat(response.body()).isEqualTo("Error 1146 (42S02): Table 'app.userz' doesn't exist");
	}

	@Test
	void existingTableIs1050() {
		assertError(this.client.exec("CREATE TABLE parents (id INT)"), "Error 1050 (42S01): ");
	}

	@Test
	void unknownColumnIs1054() {
		assertError(this.client.rows("SELECT nope FROM parents"), "Error 1054 (42S22): ");
	}

	@Test
	void syntaxErrorIs1064() {
		assertError(this.client.rows("SELEC 1"), "Error 1064 (42000): ");
	}

	@Test
	void nullIntoNotNullIs1048() {
		assertError(this.client.exec("INSERT INTO parents (id, name) VALUES (2, NULL)"), "Error 1048 (23000): ");
	}

	@Test
	void valueTooLongIs1406() {
		assertError(this.client.exec("INSERT INTO parents (id, name) VALUES (3, ?)", "far too long"),
				"Error 1406 (22001): ");
	}

	@Test
	void numberOutOfRangeIs1264() {
		assertError(this.client.exec("UPDATE parents SET n = 99999999999 WHERE id = 1"), "Error 1264 (22003): ");
	}

	@Test
	void missingParentIs1452() {
		assertError(this.client.exec("INSERT INTO children VALUES (2, 42)"), "Error 1452 (23000): ");
	}

	@Test
	void existingChildIs1451() {
		assertError(this.client.exec("DELETE FROM parents WHERE id = 1"), "Error 1451 (23000): ");
	}

	@Test
	void conversionFailureIs1366() {
		assertError(this.client.exec("UPDATE parents SET n = 'abc' WHERE id = 1"), "Error 1366 (HY000): ");
	}

	@Test
	void invalidDateIs1292() {
		assertError(this.client.exec("UPDATE parents SET d = '2024-02-30' WHERE id = 1"), "Error 1292 (22007): ");
	}

	@Test
	void divisionByZeroIs1365() {
		assertError(this.client.rows("SELECT 1 / 0"), "Error 1365 (22012): ");
	}

	@Test
	void unknownFunctionIs1305() {
		assertError(this.client.rows("SELECT NO_SUCH_FUNCTION(1)"), "Error 1305 (42000): ");
	}

	@Test
	void errorsWithoutMySqlCounterpartAre1105AndKeepTheH2Message() {
		HttpResponse<String> response = this.client.exec("CREATE SEQUENCE never INCREMENT BY 0");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).startsWith("Error 1105 (HY000): Unable to create or alter sequence");
	}

	@Test
	void errorBodiesArePlainText() {
		HttpResponse<String> response = this.client.rows("SELECT * FROM userz");

		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
	}

	@Test
	void legacyFormatLeavesTheSqlStateOut() {
		try (LocalDataApiServer legacy = LocalDataApiServer.builder().legacyErrorFormat(true).build().start()) {
			HttpResponse<String> response = new DataApiClient(legacy).rows("SELECT * FROM userz");

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).startsWith("Error 1146: Table 'app.userz' doesn't exist");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"SELECT FROM|1064|You have an error in your SQL syntax; check the manual that corresponds to your SingleStore server version for the right syntax to use near ''",
			"SELECT nope FROM parents|1054|Unknown column 'nope' in 'field list'",
			"SELECT NO_SUCH_FUNCTION(1)|1305|FUNCTION no_such_function does not exist",
			"CREATE TABLE parents (id INT)|1050|Table 'parents' already exists",
			"SELECT 1 FROM parents a, parents b WHERE id = 1|1052|Column 'id' in field list is ambiguous",
			"SELECT DOT_PRODUCT('[1]')|1582|Incorrect parameter count in the call to native function 'DOT_PRODUCT'" })
	void errorsAreWordedAsSingleStoreWordsThem(String sql, int code, String message) {
		HttpResponse<String> response = this.client.tuples(sql);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).startsWith("Error " + code + " (").doesNotContain("[*]", "Syntax error in SQL",
				"org.h2", "SS_", "ss_", "\"");
		if (!message.isEmpty()) {
			assertThat(response.body()).endsWith("): " + message);
		}
	}

	private static void assertError(HttpResponse<String> response, String prefix) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).startsWith(prefix).hasSizeGreaterThan(prefix.length()).doesNotContain("\tat ");
	}

}
