package io.github.singlestorehttp.benchmarks.harness;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.singlestorehttp.benchmarks.support.Report;
import io.github.singlestorehttp.benchmarks.support.Samples;
import io.github.singlestorehttp.client.BatchResult;
import io.github.singlestorehttp.client.SingleStoreTemplate;

/**
 * Inserting many rows: {@code batchUpdate} (multi-row INSERT chunks under the request limit) against one
 * {@code update} per row, from one caller, against the local server. Compared as rows per second, so the per-row
 * loop may insert fewer rows than the batch when it would take too long (quick mode).
 */
final class BatchSection {

	private static final String INSERT = "INSERT INTO batch_rows (id, name, amount, created) VALUES (?, ?, ?, ?)";

	private final SingleStoreTemplate template;

	private final int batchRows;

	private final int perRowRows;

	private final int repeats;

	private final Report report;

	private final Supplier<String> quiet;

	BatchSection(SingleStoreTemplate template, int batchRows, int perRowRows, int repeats, Report report,
			Supplier<String> quiet) {
		this.quiet = quiet;
		this.template = template;
		this.batchRows = batchRows;
		this.perRowRows = perRowRows;
		this.repeats = repeats;
		this.report = report;
	}

	void run() {
		this.template.update("CREATE TABLE batch_rows (id BIGINT PRIMARY KEY, name VARCHAR(64) NOT NULL, "
				+ "amount DECIMAL(12,2), created DATETIME(6))");
		List<Object[]> rows = rows(Math.max(this.batchRows, this.perRowRows));
		double[] batchRates = new double[this.repeats];
		double[] perRowRates = new double[this.repeats];
		warmUp(rows);
		String conditions = this.quiet.get();
		int requests = 0;
		for (int repeat = 0; repeat < this.repeats; repeat++) {
			clear();
			long start = System.nanoTime();
			BatchResult result = this.template.batchUpdate(INSERT, rows.subList(0, this.batchRows));
			batchRates[repeat] = this.batchRows / seconds(start);
			requests = result.requestCount();
			check(result.totalRowsAffected(), this.batchRows);
			clear();
			start = System.nanoTime();
			for (Object[] row : rows.subList(0, this.perRowRows)) {
				this.template.update(INSERT, row);
			}
			perRowRates[repeat] = this.perRowRows / seconds(start);
			check(count(), this.perRowRows);
		}
		Samples batch = Samples.of(batchRates);
		Samples perRow = Samples.of(perRowRates);
		this.report.line("");
		this.report.line("## Batch insert against the local server (rows/s, median of %d runs; ratio = batchUpdate ÷ one "
				+ "update per row; goal ≥ 20; %s)", this.repeats, conditions);
		this.report.line("| method | rows inserted per run | rows/s | ratio |");
		this.report.line("|---|---:|---:|---:|");
		this.report.line("| one update per row (baseline) | %,d | %s | 1 |", this.perRowRows, perRow.describe("%,.0f"));
		this.report.line("| batchUpdate (%d requests) | %,d | %s | %.1f |", requests, this.batchRows,
				batch.describe("%,.0f"), batch.median() / perRow.median());
	}

	private void warmUp(List<Object[]> rows) {
		clear();
		this.template.batchUpdate(INSERT, rows.subList(0, Math.min(rows.size(), 5_000)));
		clear();
		for (Object[] row : rows.subList(0, Math.min(rows.size(), 300))) {
			this.template.update(INSERT, row);
		}
	}

	private void clear() {
		this.template.update("TRUNCATE TABLE batch_rows");
	}

	private long count() {
		return this.template.queryForObject("SELECT COUNT(*) FROM batch_rows", Long.class);
	}

	private static List<Object[]> rows(int count) {
		List<Object[]> rows = new ArrayList<>(count);
		LocalDateTime base = LocalDateTime.of(2024, 5, 1, 12, 0, 0, 123_456_000);
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { (long) i + 1, "row-" + i, BigDecimal.valueOf(i * 7L % 100_000, 2),
					base.plusSeconds(i) });
		}
		return rows;
	}

	private static void check(long actual, long expected) {
		if (actual != expected) {
			throw new IllegalStateException("Inserted " + actual + " rows, expected " + expected);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
