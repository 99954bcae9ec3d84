package io.github.singlestorehttp.benchmarks.harness;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.github.singlestorehttp.benchmarks.fixture.JdkDataApiClient;
import io.github.singlestorehttp.benchmarks.fixture.Templates;
import io.github.singlestorehttp.benchmarks.support.Groups;
import io.github.singlestorehttp.benchmarks.support.QuietMachine;
import io.github.singlestorehttp.benchmarks.support.Report;
import io.github.singlestorehttp.benchmarks.support.RunMode;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;

/**
 * The end-to-end harness against the local Data API server: point SELECT and INSERT latency and throughput (with
 * plain JDBC on the same database for context), the Python helper, batch inserts, then, against a server in a child
 * JVM with a small heap, the server's peak heap and streaming of a large result. The {@code vectors} section times the
 * Spring AI vector store ({@code add} and {@code similaritySearch}) against the same SQL sent by the JDK client.
 * <pre class="code">
 * java -cp benchmarks.jar io.github.singlestorehttp.benchmarks.harness.EndToEndMain quick|full [point,python,batch,vectors,server-heap,streaming,server-ladder]
 * </pre>
 */
public final class EndToEndMain {

	private static final String USER = "root";

	private static final String PASSWORD = "pw";

	private static final String DATABASE = "app";

	private static final String SERVER_HEAP = "-Xmx64m";

	private static final Set<String> SECTIONS = Set.of("point", "python", "batch", "vectors", "server-heap",
			"streaming", "server-ladder");

	private EndToEndMain() {
	}

	/**
	 * Runs the harness.
	 * @param args the mode, then optionally a comma-separated list of sections
	 */
	public static void main(String[] args) {
		System.setProperty("slf4j.internal.verbosity", "ERROR");
		RunMode mode = RunMode.fromArgs(args);
		Groups sections = Groups.fromArgs(args, SECTIONS);
		Report report = new Report();
		report.line("# End-to-end harness, %s mode; %d cores, Java %s (%s)", mode.label(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				System.getProperty("java.vm.name"));
		Duration warmup = Duration.ofMillis(mode.pick(150, 2000));
		Duration window = Duration.ofMillis(mode.pick(300, 5000));
		int repeats = mode.pick(1, 5);
		Duration quietWait = mode.pick(Duration.ZERO, Duration.ofMinutes(3));
		Supplier<String> quiet = () -> QuietMachine.await(quietWait);
		if (sections.includesAny("point", "python", "batch", "vectors")) {
			inProcessServer(mode, sections, new Timing(warmup, window, repeats), report, quiet);
		}
		if (sections.includesAny("server-heap", "streaming", "server-ladder")) {
			childServer(mode, sections, report, quiet);
		}
		report.save(Report.resultsDirectory().resolve("end-to-end-" + mode.label() + sections.fileSuffix() + ".txt"));
		System.exit(0);
	}

	private static void inProcessServer(RunMode mode, Groups sections, Timing timing, Report report,
			Supplier<String> quiet) {
		try (LocalDataApiServer server = LocalDataApiServer.builder()
			.port(0)
			.username(USER)
			.password(PASSWORD)
			.database(DATABASE)
			.build()
			.start(); HikariDataSource jdbc = jdbc(server.jdbcUrl())) {
			SingleStoreTemplate template = Templates.create(server.url(), USER, PASSWORD, DATABASE);
			JdkDataApiClient jdk = new JdkDataApiClient(server.url(), USER, PASSWORD, DATABASE);
			PointWorkloads workloads = new PointWorkloads(template, jdbc, jdk);
			workloads.createSchema();
			report.line("");
			report.line("Local server in this JVM (in-memory H2, pool of 16); JDBC through HikariCP (16 connections) on "
					+ "the same in-memory database (%s)", server.jdbcUrl().substring(0, server.jdbcUrl().indexOf(';')));
			if (sections.includesAny("point")) {
				new PointLoadSection(workloads, new LoadDriver(timing.warmup(), timing.window()), timing.repeats(),
						report, quiet).run();
			}
			if (sections.includesAny("python")) {
				new PythonSection(workloads, timing.warmup(), timing.window(), mode.pick(1, 3),
						new PythonSection.ServerAddress(server.url(), USER, PASSWORD, DATABASE), report, quiet).run();
			}
			if (sections.includesAny("batch")) {
				new BatchSection(template, mode.pick(20_000, 100_000), mode.pick(500, 100_000), mode.pick(1, 3),
						report, quiet).run();
			}
			if (sections.includesAny("vectors")) {
				new VectorStoreSection(template, jdk, mode.pick(500, 10_000), mode.pick(20, 30), mode.pick(1, 3), report,
						quiet).run();
			}
		}
	}

	private static void childServer(RunMode mode, Groups sections, Report report, Supplier<String> quiet) {
		int rows = mode.pick(50_000, 1_000_000);
		String jdbcUrl = StreamTable.create(rows, DATABASE);
		ServerChild.Credentials credentials = new ServerChild.Credentials(USER, PASSWORD, DATABASE);
		try (ServerChild server = ServerChild.start(List.of(SERVER_HEAP, "-XX:+ExitOnOutOfMemoryError"), jdbcUrl,
				credentials, ProcessBuilder.Redirect.INHERIT)) {
			JdkDataApiClient jdk = credentials.client(server.url());
			SingleStoreTemplate template = credentials.template(server.url());
			report.line("");
			report.line("Local server in a child JVM (%s) on a file-based H2 database of %,d rows", SERVER_HEAP, rows);
			if (sections.includesAny("server-heap")) {
				new ServerHeapSection(server, jdk, rows, SERVER_HEAP, report, quiet).run();
			}
			if (sections.includesAny("streaming")) {
				new StreamingSection(template, jdk, rows, mode.pick(2, 5), report, quiet).run();
			}
		}
		if (sections.includesAny("server-ladder")) {
			new ServerHeapLadderSection(jdbcUrl, rows, credentials, report, quiet).run();
		}
	}

	/** How long the load sections warm up and measure, and how often they repeat. */
	private record Timing(Duration warmup, Duration window, int repeats) {
	}

	private static HikariDataSource jdbc(String url) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setSchema(DATABASE);
		config.setMaximumPoolSize(16);
		config.setPoolName("benchmark-jdbc");
		return new HikariDataSource(config);
	}

}
