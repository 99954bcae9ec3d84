package io.github.singlestorehttp.local.junit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of its own for a test run: {@code mariadbd} (Debian's {@code mariadb-server} package) on a
 * temporary data directory, listening on 127.0.0.1 on a free port, with a password-less {@code root}; stopped and
 * its directory removed on {@link #close()}.
 */
final class ThrowawayMariaDb implements AutoCloseable {

	private static final List<String> SEARCH_PATH = List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin",
			"/usr/local/bin", "/usr/libexec");

	private static final Set<String> SYSTEM_DATABASES = Set.of("information_schema", "mysql", "performance_schema",
			"sys");

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

	private final Path directory;

	private final Process process;

	private final String jdbcUrl;

	private ThrowawayMariaDb(Path directory, Process process, String jdbcUrl) {
		this.directory = directory;
		this.process = process;
		this.jdbcUrl = jdbcUrl;
	}

	/**
	 * Finds {@code mariadbd} on the {@code PATH} or in the usual system folders.
	 * @return its path, or empty when MariaDB is not installed
	 */
	static Optional<Path> server() {
		List<String> folders = new ArrayList<>();
		String path = System.getenv("PATH");
		if (path != null) {
			folders.addAll(List.of(path.split(File.pathSeparator)));
		}
		folders.addAll(SEARCH_PATH);
		return folders.stream()
			.map((folder) -> Paths.get(folder, "mariadbd"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	/**
	 * Creates a data directory and starts the server on it.
	 * @param server the {@code mariadbd} executable
	 * @return the running server
	 */
	static ThrowawayMariaDb start(Path server) {
		try {
			Path directory = Files.createTempDirectory("singlestore-http-local-mariadb-");
			Path data = directory.resolve("data");
			String user = System.getProperty("user.name");
			Path installer = server.resolveSibling("mariadb-install-db");
			Path install = Files.isExecutable(installer) ? installer : Paths.get("mariadb-install-db");
			run(directory, List.of(install.toString(), "--no-defaults", "--datadir=" + data, "--user=" + user,
					"--auth-root-authentication-method=normal", "--skip-test-db"));
			int port = freePort();
			Process process = new ProcessBuilder(server.toString(), "--no-defaults", "--datadir=" + data,
					"--user=" + user, "--port=" + port, "--bind-address=127.0.0.1",
					"--socket=" + directory.resolve("mariadb.sock"), "--pid-file=" + directory.resolve("mariadb.pid"),
					"--log-error=" + directory.resolve("error.log"), "--innodb-buffer-pool-size=64M",
					"--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci")
				.redirectErrorStream(true)
				.redirectOutput(directory.resolve("output.log").toFile())
				.start();
			ThrowawayMariaDb mariaDb = new ThrowawayMariaDb(directory, process,
					"jdbc:mariadb://127.0.0.1:" + port + "/?user=root");
			mariaDb.awaitConnections();
			return mariaDb;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start MariaDB", ex);
		}
	}

	/**
	 * The JDBC URL of the server, as its password-less {@code root}.
	 * @return the URL
	 */
	String jdbcUrl() {
		return this.jdbcUrl;
	}

	/**
	 * Drops every database but MariaDB's own, so that the next test class starts as on a new server.
	 */
	void dropDatabases() {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl);
				Statement statement = connection.createStatement()) {
			List<String> databases = new ArrayList<>();
			try (ResultSet names = statement.executeQuery("SHOW DATABASES")) {
				while (names.next()) {
					databases.add(names.getString(1));
				}
			}
			for (String database : databases) {
				if (!SYSTEM_DATABASES.contains(database)) {
					statement.execute("DROP DATABASE `" + database.replace("`", "``") + "`");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not reset MariaDB: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
		try (Stream<Path> files = Files.walk(this.directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	private void awaitConnections() throws IOException {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (true) {
			try (Connection connection = DriverManager.getConnection(this.jdbcUrl)) {
				return;
			}
			catch (SQLException ex) {
				if (!this.process.isAlive() || System.nanoTime() > deadline) {
					String log = Files.exists(this.directory.resolve("error.log"))
							? Files.readString(this.directory.resolve("error.log")) : "";
					this.process.destroyForcibly();
					throw new IllegalStateException("MariaDB did not start: " + ex.getMessage() + "\n" + log, ex);
				}
				sleep();
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for MariaDB", ex);
		}
	}

	private static void run(Path directory, List<String> command) throws IOException {
		Path log = directory.resolve("install.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			if (process.waitFor() != 0) {
				throw new IllegalStateException("mariadb-install-db failed:\n" + Files.readString(log));
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while installing MariaDB", ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
