package io.github.singlestorehttp.local;

import java.net.http.HttpResponse;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes of {@code /query/rows} and {@code /query/tuples} responses, and errors that happen while streaming.
 */
@LocalDataApiServerTest
class QueryEndpointsTest {

	private final DataApiClient client;

	QueryEndpointsTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@BeforeAll
	static void createTable(LocalDataApiServer server) {
		new DataApiClient(server).execAll("CREATE TABLE users (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50))",
				"INSERT INTO users (name) VALUES ('John'), ('Jane'), (NULL)");
	}

	@Test
	void rowsAreObjectsKeyedByColumnName() {
		HttpResponse<String> response = this.client.rows("SELECT id, name FROM users ORDER BY id");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).isEqualTo("{\"results\":[{\"rows\":[{\"id\":1,\"name\":\"John\"},"
				+ "{\"id\":2,\"name\":\"Jane\"},{\"id\":3,\"name\":null}]}]}");
	}

	@Test
	void tuplesDescribeColumnsThenListRowsAsArrays() {
		HttpResponse<String> response = this.client.tuples("SELECT id, name FROM users WHERE id <= ? ORDER BY id", 2);

		assertThat(response.body()).isEqualTo("{\"results\":[{\"columns\":["
				+ "{\"name\":\"id\",\"dataType\":\"BIGINT\",\"nullable\":false},"
				+ "{\"name\":\"name\",\"dataType\":\"VARCHAR\",\"nullable\":true}],"
				+ "\"rows\":[[1,\"John\"],[2,\"Jane\"]]}]}");
	}

	@Test
	void emptyResultsKeepTheirShape() {
		assertThat(this.client.rows("SELECT id FROM users WHERE id < 0").body())
			.isEqualTo("{\"results\":[{\"rows\":[]}]}");
		assertThat(this.client.tuples("SELECT id FROM users WHERE id < 0").body()).isEqualTo(
				"{\"results\":[{\"columns\":[{\"name\":\"id\",\"dataType\":\"BIGINT\",\"nullable\":false}],\"rows\":[]}]}");
	}

	@Test
	void statementWithoutResultSetAnswersEmptyResults() {
		this.client.execAll("CREATE TABLE notes (text VARCHAR(10))");

		assertThat(this.client.rows("INSERT INTO notes VALUES ('a')").body()).isEqualTo("{\"results\":[]}");
		assertThat(this.client.tuples("UPDATE notes SET text = 'b'").body()).isEqualTo("{\"results\":[]}");
		assertThat(this.client.rows("SELECT text FROM notes").body())
			.isEqualTo("{\"results\":[{\"rows\":[{\"text\":\"b\"}]}]}");
	}

	@Test
	void failureAfterTheResponseStartedIsReportedInTheBody() {
		HttpResponse<String> response = this.client.tuples("SELECT X AS x, 1 / (X - 3) AS y FROM SYSTEM_RANGE(1, 5)");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = DataApiClient.json(response);
		assertThat(body.get("results").get(0).get("rows").toString()).isEqualTo("[[1,0],[2,-1]]");
		assertThat(body.get("error").get("code").intValue()).isEqualTo(1365);
		assertThat(body.get("error").get("message").stringValue()).startsWith("Division by 0");
		assertThat(response.body()).startsWith("{\"results\":[{\"columns\":[")
			.endsWith("\"rows\":[[1,0],[2,-1]]}],\"error\":{\"code\":1365,\"message\":"
					+ body.get("error").get("message").toString() + "}}");
	}

	@Test
	void failureAfterTheResponseStartedKeepsRowsJsonValid() {
		HttpResponse<String> response = this.client.rows("SELECT 1 / (X - 2) AS y FROM SYSTEM_RANGE(1, 5)");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = DataApiClient.json(response);
		assertThat(body.get("results").toString()).isEqualTo("[{\"rows\":[{\"y\":-1}]}]");
		assertThat(body.get("error").get("code").intValue()).isEqualTo(1365);
	}

}
