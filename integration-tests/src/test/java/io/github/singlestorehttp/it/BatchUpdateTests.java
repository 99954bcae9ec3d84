package io.github.singlestorehttp.it;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.singlestorehttp.client.BatchResult;
import io.github.singlestorehttp.client.SingleStoreBatchUpdateException;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Batches against a real server: every row stored exactly once, chunks under the body limit, failures
 * that say what was stored.
 */
@LocalDataApiServerTest
class BatchUpdateTests {

	@Test
	void multiRowInsertChunksStoreEveryRowOnce(LocalDataApiServer server) {
		SingleStoreTemplate template = Templates.builder(server).maxRequestBytes(100_000).build();
		template.execute("CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50), price DECIMAL(10,2))");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			rows.add(new Object[] { i, "item ü " + i, new java.math.BigDecimal(i + ".99") });
		}
		BatchResult result = template.batchUpdate("INSERT INTO items (id, name, price) VALUES (?, ?, ?)", rows);
		assertThat(result.requestCount()).isGreaterThan(1);
		assertThat(result.totalRowsAffected()).isEqualTo(20_000);
		assertThat(template.query("SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d, SUM(price) AS s FROM items"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("n")).isEqualTo(20_000L);
				assertThat(row.get("d")).isEqualTo(20_000L);
				assertThat(row.get("s").toString()).isEqualTo("200009800.00");
			});
	}

	@Test
	void failedChunkReportsWhatWasStored(LocalDataApiServer server) {
		SingleStoreTemplate template = Templates.builder(server).maxRequestBytes(2_000).build();
		template.execute("CREATE TABLE tags (id INT PRIMARY KEY)");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			rows.add(new Object[] { (i == 700) ? 3 : i });
		}
		assertThatExceptionOfType(SingleStoreBatchUpdateException.class)
			.isThrownBy(() -> template.batchUpdate("INSERT INTO tags (id) VALUES (?)", rows))
			.satisfies((ex) -> {
				assertThat(ex.getCause()).isInstanceOf(DuplicateKeyException.class);
				assertThat(ex.getFailedFirstRow()).isLessThanOrEqualTo(700);
				assertThat(ex.getFailedFirstRow() + ex.getFailedRowCount()).isGreaterThan(700);
				long stored = (long) template.query("SELECT COUNT(*) AS n FROM tags").get(0).get("n");
				assertThat(stored).isEqualTo(ex.getCompleted().totalRowsAffected()).isEqualTo(ex.getFailedFirstRow());
			});
	}

	@Test
	void perRowStatementsApplyInRowOrderEveryTime(LocalDataApiServer server) {
		SingleStoreTemplate template = Templates.connectedTo(server);
		template.execute("CREATE TABLE u (id INT PRIMARY KEY, n INT)");
		template.execute("INSERT INTO u VALUES (1, 0)");
		List<Object[]> rows = new ArrayList<>();
		for (int n = 1; n <= 40; n++) {
			rows.add(new Object[] { n });
		}
		for (int run = 0; run < 20; run++) {
			template.execute("UPDATE u SET n = 0 WHERE id = 1");
			template.batchUpdate("UPDATE u SET n = ? WHERE id = 1", rows);
			assertThat(template.queryForObject("SELECT n FROM u WHERE id = 1", Integer.class)).as("run " + run)
				.isEqualTo(40);
		}
	}

	@Test
	void perRowFailureStopsAtThatRowAndReportsTheRowsBeforeItAsStored(LocalDataApiServer server) {
		SingleStoreTemplate template = Templates.connectedTo(server);
		template.execute("CREATE TABLE t (id INT PRIMARY KEY)");
		template.execute("INSERT INTO t VALUES (100)");
		List<Object[]> rows = new ArrayList<>();
		for (int id = 1; id <= 12; id++) {
			rows.add(new Object[] { (id == 5) ? 100 : id });
		}
		assertThatExceptionOfType(SingleStoreBatchUpdateException.class)
			.isThrownBy(() -> template.batchUpdate("INSERT INTO t (id) SELECT ?", rows))
			.satisfies((ex) -> {
				assertThat(ex.getCause()).isInstanceOf(DuplicateKeyException.class);
				assertThat(ex.getFailedFirstRow()).isEqualTo(4);
				assertThat(ex.getFailedRowCount()).isEqualTo(1);
				assertThat(ex.getCompleted().parts()).extracting(BatchResult.Part::firstRow).containsExactly(0, 1, 2, 3);
				assertThat(ex.getMessage()).contains("Batch stopped at row 4 (rows 0 to 3 were stored, in 4 request(s) "
						+ "that changed 4 row(s); later rows were not sent)");
			});
		assertThat(template.query("SELECT id FROM t ORDER BY id", Integer.class)).containsExactly(1, 2, 3, 4, 100);
	}

	@Test
	void otherStatementsRunPerRow(LocalDataApiServer server) {
		SingleStoreTemplate template = Templates.connectedTo(server);
		template.execute("CREATE TABLE counters (id INT PRIMARY KEY, n INT)");
		template.batchUpdate("INSERT INTO counters VALUES (?, ?)", List.of(new Object[] { 1, 0 }, new Object[] { 2, 0 }));
		BatchResult result = template.batchUpdate("UPDATE counters SET n = n + ? WHERE id = ?",
				List.of(new Object[] { 5, 1 }, new Object[] { 7, 2 }, new Object[] { 1, 3 }));
		assertThat(result.parts()).extracting(BatchResult.Part::rowsAffected).containsExactly(1L, 1L, 0L);
		assertThat(template.query("SELECT n FROM counters ORDER BY id")).extracting((row) -> row.get("n"))
			.containsExactly(5, 7);
	}

}
