package io.github.singlestorehttp.client;

import java.util.ArrayList;
import java.util.List;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BatchUpdateTests {

	private static final int LIMIT = 2_000;

	private final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	final MockDataApi dataApi = new MockDataApi();

	private MockWebServer server;

	private SingleStoreTemplate template;

	@BeforeEach
	void connect() {
		this.server = this.dataApi.server();
		this.template = this.dataApi.templateBuilder()
			.basicAuth("u", "p")
			.database("app")
			.maxRequestBytes(LIMIT)
			.build();
	}

	@Test
	void singleRowInsertsBecomeMultiRowChunksUnderTheLimit() throws Exception {
		List<Object[]> rows = rows(100);
		for (int i = 0; i < 20; i++) {
			this.server.enqueue(exec(1000 + i, 0));
		}
		BatchResult result = this.template.batchUpdate("INSERT INTO users (id, name) VALUES (?, ?)", rows);
		List<RecordedRequest> requests = new ArrayList<>();
		for (int i = 0; i < result.requestCount(); i++) {
			requests.add(this.server.takeRequest());
		}
		assertThat(result.requestCount()).isBetween(2, 20);
		int rowsSent = 0;
		for (int i = 0; i < requests.size(); i++) {
			RecordedRequest request = requests.get(i);
			assertThat(request.getBodySize()).isLessThanOrEqualTo(LIMIT);
			JsonNode body = this.json.readTree(request.getBody().utf8());
			BatchResult.Part part = result.parts().get(i);
			assertThat(part.firstRow()).isEqualTo(rowsSent);
			assertThat(body.get("sql").asString()).startsWith("INSERT INTO users (id, name) VALUES (" + rowsSent + ", ?),(");
			assertThat(body.get("args")).hasSize(part.rowCount());
			assertThat(body.get("args").get(0).asString()).isEqualTo("name-" + rowsSent);
			rowsSent += part.rowCount();
		}
		assertThat(rowsSent).isEqualTo(100);
	}

	@Test
	void otherStatementsRunOncePerRow() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(exec(0, 1));
		}
		BatchResult result = this.template.batchUpdate("UPDATE users SET name = ? WHERE id = ?",
				List.of(new Object[] { "a", 1 }, new Object[] { "b", 2 }, new Object[] { "c", 3 }));
		assertThat(result.parts()).extracting(BatchResult.Part::firstRow).containsExactly(0, 1, 2);
		assertThat(result.totalRowsAffected()).isEqualTo(3);
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void onDuplicateKeyUpdateSuffixIsKept() throws Exception {
		this.server.enqueue(exec(1, 2));
		this.template.batchUpdate("INSERT INTO t (a) VALUES (?) ON DUPLICATE KEY UPDATE a = a + 1",
				List.of(new Object[] { 1 }, new Object[] { 2 }));
		assertThat(this.json.readTree(this.server.takeRequest().getBody().utf8()).get("sql").asString())
			.isEqualTo("INSERT INTO t (a) VALUES (1),(2) ON DUPLICATE KEY UPDATE a = a + 1");
	}

	@Test
	void failureNamesTheChunkAndWhatSucceeded() {
		this.server.enqueue(exec(1, 10));
		this.server.enqueue(new MockResponse.Builder().code(400)
			.body("Error 1062 (23000): Duplicate entry 'name-98' for key 'PRIMARY'")
			.build());
		assertThatExceptionOfType(SingleStoreBatchUpdateException.class)
			.isThrownBy(() -> this.template.batchUpdate("INSERT INTO users (id, name) VALUES (?, ?)", rows(100)))
			.satisfies((ex) -> {
				assertThat(ex.getCause()).isInstanceOf(DuplicateKeyException.class);
				assertThat(ex.getCompleted().requestCount()).isEqualTo(1);
				assertThat(ex.getFailedFirstRow()).isEqualTo(ex.getCompleted().parts().get(0).rowCount());
				assertThat(ex.getMessage()).contains("Batch stopped at rows " + ex.getFailedFirstRow() + " to ")
					.contains("rows 0 to " + (ex.getFailedFirstRow() - 1) + " were stored, in 1 request(s) that changed "
							+ "10 row(s); later rows were not sent")
					.doesNotContain("name-98");
			});
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void badRowsFailBeforeAnythingIsSent() {
		List<Object[]> rows = rows(10);
		rows.set(7, new Object[] { 7 });
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.batchUpdate("INSERT INTO users (id, name) VALUES (?, ?)", rows))
			.withMessageContaining("Row 7: SQL has 2 placeholder(s) but 1 argument(s)");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.batchUpdate("INSERT INTO users (name) VALUES (?)",
					List.<Object[]>of(new Object[] { "x".repeat(LIMIT) })))
			.withMessageContaining("Row 0 alone makes a request body over the 2000-byte limit");
		assertThat(this.server.getRequestCount()).isZero();
	}

	private static List<Object[]> rows(int count) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { i, "name-" + i });
		}
		return rows;
	}

	private static MockResponse exec(long lastInsertId, long rowsAffected) {
		return new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.body("{\"lastInsertId\":" + lastInsertId + ",\"rowsAffected\":" + rowsAffected + "}")
			.build();
	}

}
