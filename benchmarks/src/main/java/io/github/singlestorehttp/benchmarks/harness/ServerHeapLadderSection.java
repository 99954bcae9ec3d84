package io.github.singlestorehttp.benchmarks.harness;

import java.util.List;
import java.util.function.Supplier;

import io.github.singlestorehttp.benchmarks.decode.BareParse;
import io.github.singlestorehttp.benchmarks.fixture.JdkDataApiClient;
import io.github.singlestorehttp.benchmarks.support.Report;

/**
 * The smallest heap the local server needs to serve a large result: a fresh child JVM per heap cap (8 MB, 12 MB,
 * 16 MB, …), each asked for the result once; the smallest cap that answers completely is the figure. Unlike a sampled
 * peak of used heap it does not depend on how lazily the collector runs. The baseline is the smallest cap that serves
 * 1,000 rows.
 */
final class ServerHeapLadderSection {

	private static final int[] CAPS_MB = { 8, 12, 16, 24, 32, 48, 64, 96, 128, 256 };

	private static final int SMALL_ROWS = 1_000;

	private final String jdbcUrl;

	private final int rows;

	private final ServerChild.Credentials credentials;

	private final Report report;

	private final Supplier<String> quiet;

	ServerHeapLadderSection(String jdbcUrl, int rows, ServerChild.Credentials credentials, Report report,
			Supplier<String> quiet) {
		this.jdbcUrl = jdbcUrl;
		this.rows = rows;
		this.credentials = credentials;
		this.report = report;
		this.quiet = quiet;
	}

	void run() {
		String conditions = this.quiet.get();
		int small = smallestCap(StreamTable.SELECT_ALL + " WHERE id <= " + SMALL_ROWS, SMALL_ROWS);
		int large = smallestCap(StreamTable.SELECT_ALL, this.rows);
		this.report.line("");
		this.report.line("## Smallest heap the local server serves a large result in (a fresh child JVM per -Xmx; %s)",
				conditions);
		this.report.line("| served | smallest -Xmx that answers completely | ratio |");
		this.report.line("|---|---:|---:|");
		this.report.line("| %,d rows (baseline) | %s | 1 |", SMALL_ROWS, describe(small));
		this.report.line("| %,d rows | %s | %.1f |", this.rows, describe(large), (double) large / small);
	}

	private int smallestCap(String sql, int expectedRows) {
		for (int cap : CAPS_MB) {
			if (serves(cap, sql, expectedRows)) {
				return cap;
			}
		}
		return Integer.MAX_VALUE;
	}

	private boolean serves(int capMb, String sql, int expectedRows) {
		ServerChild server;
		try {
			server = ServerChild.start(List.of("-Xmx" + capMb + "m", "-XX:+ExitOnOutOfMemoryError"), this.jdbcUrl,
					this.credentials, ProcessBuilder.Redirect.DISCARD);
		}
		catch (IllegalStateException ex) {
			return false;
		}
		try (server) {
			JdkDataApiClient client = this.credentials.client(server.url());
			return BareParse.blocking(client.queryStream(sql), (row) -> {
			}).rows() == expectedRows;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String describe(int capMb) {
		return (capMb == Integer.MAX_VALUE) ? "more than 256 MB" : "≤ " + capMb + " MB";
	}

}
