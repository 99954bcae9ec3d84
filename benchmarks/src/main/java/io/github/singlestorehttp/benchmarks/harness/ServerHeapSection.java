package io.github.singlestorehttp.benchmarks.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import io.github.singlestorehttp.benchmarks.fixture.JdkDataApiClient;
import io.github.singlestorehttp.benchmarks.support.Report;

/**
 * The local server's heap while it serves a large result: the server runs in a child JVM capped at a small heap
 * (so buffering the result would end it with an OutOfMemoryError) and samples its own used heap. The peak while
 * serving every row is compared with the peak while serving 1,000 rows, and with the size of the response.
 */
final class ServerHeapSection {

	private static final int SMALL_ROWS = 1_000;

	private final ServerChild server;

	private final JdkDataApiClient client;

	private final int rows;

	private final String heapCap;

	private final Report report;

	private final Supplier<String> quiet;

	ServerHeapSection(ServerChild server, JdkDataApiClient client, int rows, String heapCap, Report report,
			Supplier<String> quiet) {
		this.quiet = quiet;
		this.server = server;
		this.client = client;
		this.rows = rows;
		this.heapCap = heapCap;
		this.report = report;
	}

	void run() {
		String small = StreamTable.SELECT_ALL + " WHERE id <= " + SMALL_ROWS;
		drain(small);
		drain(small);
		String conditions = this.quiet.get();
		long idle = this.server.resetPeak();
		for (int i = 0; i < 3; i++) {
			drain(small);
		}
		long smallPeak = this.server.peak();
		this.server.resetPeak();
		long bytes = drain(StreamTable.SELECT_ALL);
		long largePeak = this.server.peak();
		this.report.line("");
		this.report.line("## Local server heap while serving a large result (child JVM %s, used heap sampled every 2 ms; "
				+ "%s)", this.heapCap, conditions);
		this.report.line("| served | response size | peak used heap | ratio vs 1,000 rows | peak ÷ response size |");
		this.report.line("|---|---:|---:|---:|---:|");
		this.report.line("| %,d rows (baseline) | | %.1f MB | 1 | |", SMALL_ROWS, smallPeak / 1e6);
		this.report.line("| %,d rows | %,.1f MB | %.1f MB | %.2f | %.3f |", this.rows, bytes / 1e6, largePeak / 1e6,
				(double) largePeak / smallPeak, (double) largePeak / bytes);
		this.report.line("(heap in use after a full GC, idle: %.1f MB; the server completed every request without "
				+ "running out of its %s heap)", idle / 1e6, this.heapCap);
	}

	private long drain(String sql) {
		try (InputStream body = this.client.queryStream(sql)) {
			return body.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
