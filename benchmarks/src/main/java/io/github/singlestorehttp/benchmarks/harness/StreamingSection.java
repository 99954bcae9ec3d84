package io.github.singlestorehttp.benchmarks.harness;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.singlestorehttp.benchmarks.decode.BareParse;
import io.github.singlestorehttp.benchmarks.fixture.JdkDataApiClient;
import io.github.singlestorehttp.benchmarks.support.Report;
import io.github.singlestorehttp.benchmarks.support.Samples;
import io.github.singlestorehttp.client.SingleStoreRowMapper;
import io.github.singlestorehttp.client.SingleStoreTemplate;

/**
 * Streaming a large result from the local server: time to first row and rows per second of the template's
 * {@code queryForStream} (rows mapped to a record) against the JDK client's body stream parsed by the bare Jackson
 * streaming parse (the ceiling), same query, same server, runs alternated.
 */
final class StreamingSection {

	private static final SingleStoreRowMapper<StreamRow> MAPPER = (row, index) -> new StreamRow(row.get(0, Long.class),
			row.get(1, String.class), row.get(2, BigDecimal.class), row.get(3, LocalDateTime.class));

	private final SingleStoreTemplate template;

	private final JdkDataApiClient client;

	private final int rows;

	private final int repeats;

	private final Report report;

	private final Supplier<String> quiet;

	StreamingSection(SingleStoreTemplate template, JdkDataApiClient client, int rows, int repeats, Report report,
			Supplier<String> quiet) {
		this.quiet = quiet;
		this.template = template;
		this.client = client;
		this.rows = rows;
		this.repeats = repeats;
		this.report = report;
	}

	void run() {
		template();
		bare();
		String conditions = this.quiet.get();
		double[] templateFirst = new double[this.repeats];
		double[] templateRate = new double[this.repeats];
		double[] bareFirst = new double[this.repeats];
		double[] bareRate = new double[this.repeats];
		for (int repeat = 0; repeat < this.repeats; repeat++) {
			Timing timing = template();
			templateFirst[repeat] = timing.firstRowMillis();
			templateRate[repeat] = timing.rowsPerSecond(this.rows);
			timing = bare();
			bareFirst[repeat] = timing.firstRowMillis();
			bareRate[repeat] = timing.rowsPerSecond(this.rows);
		}
		Samples templateRows = Samples.of(templateRate);
		Samples bareRows = Samples.of(bareRate);
		Samples templateFirstRow = Samples.of(templateFirst);
		Samples bareFirstRow = Samples.of(bareFirst);
		this.report.line("");
		this.report.line("## Streaming %,d rows from the local server (4 columns; median of %d runs; time ratio = "
				+ "template ÷ baseline, 1.00 = as fast as the bare parse; %s)", this.rows, this.repeats, conditions);
		this.report.line("| client | time to first row ms | rows/s | time-to-first-row ratio | total-time ratio |");
		this.report.line("|---|---:|---:|---:|---:|");
		this.report.line("| JDK HttpClient stream + bare Jackson parse (baseline) | %s | %s | 1 | 1 |",
				bareFirstRow.describe("%.1f"), bareRows.describe("%,.0f"));
		this.report.line("| template queryForStream, mapped to a record | %s | %s | %.2f | %.2f |",
				templateFirstRow.describe("%.1f"), templateRows.describe("%,.0f"),
				templateFirstRow.median() / bareFirstRow.median(), bareRows.median() / templateRows.median());
	}

	private Timing template() {
		long start = System.nanoTime();
		long first = 0;
		long count = 0;
		try (Stream<StreamRow> stream = this.template.queryForStream(StreamTable.SELECT_ALL, MAPPER)) {
			Iterator<StreamRow> iterator = stream.iterator();
			while (iterator.hasNext()) {
				iterator.next();
				if (count++ == 0) {
					first = System.nanoTime();
				}
			}
		}
		return timing(start, first, count);
	}

	private Timing bare() {
		long start = System.nanoTime();
		AtomicLong first = new AtomicLong();
		long count = BareParse.blocking(this.client.queryStream(StreamTable.SELECT_ALL), (row) -> {
			if (row == 0) {
				first.set(System.nanoTime());
			}
		}).rows();
		return timing(start, first.get(), count);
	}

	private Timing timing(long start, long first, long count) {
		long end = System.nanoTime();
		if (count != this.rows) {
			throw new IllegalStateException("Streamed " + count + " rows, expected " + this.rows);
		}
		return new Timing((first - start) / 1e6, (end - start) / 1e9);
	}

	/**
	 * The timing of one streamed query.
	 * @param firstRowMillis from the call to the first row
	 * @param totalSeconds from the call to the last row
	 */
	private record Timing(double firstRowMillis, double totalSeconds) {

		double rowsPerSecond(int rows) {
			return rows / this.totalSeconds;
		}

	}

	/**
	 * A row of {@code stream_rows}.
	 * @param id the id
	 * @param name the name
	 * @param amount the amount
	 * @param created the time of creation
	 */
	record StreamRow(Long id, String name, BigDecimal amount, LocalDateTime created) {
	}

}
