package io.github.singlestorehttp.local;

import java.io.PrintStream;
import java.util.List;

/**
 * Runs a {@link LocalDataApiServer} from the command line until the process is stopped.
 * <pre class="code">
 * java -jar singlestore-http-local-exec.jar --port 9000 --user root --password secret --database app [--tls]
 * </pre>
 * Prints the URL (and, with {@code --tls}, the CA certificate file) on start, and the password only when it was
 * generated; passwords in the JDBC URL are masked. Exits with status 2 when the command
 * line is wrong and 1 when the server cannot start. Run with {@code --help} for all options.
 */
public final class LocalDataApiServerMain {

	private static final int USAGE_ERROR = 2;

	private static final int START_FAILURE = 1;

	private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

	private static final String MARIADB_LOGGING_DISABLED = "mariadb.logging.disable";

	private LocalDataApiServerMain() {
	}

	/**
	 * Starts the server described by the arguments.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		if (System.getProperty(SLF4J_VERBOSITY) == null) {
			// The runnable jar has no SLF4J provider (only HikariCP logs through SLF4J): skip SLF4J's notice about it
			System.setProperty(SLF4J_VERBOSITY, "ERROR");
		}
		if (System.getProperty(MARIADB_LOGGING_DISABLED) == null) {
			// Without SLF4J, MariaDB Connector/J prints every SQL error (with the values it names) to the console; the
			// client gets the error in the response
			System.setProperty(MARIADB_LOGGING_DISABLED, "true");
		}
		List<String> arguments = List.of(args);
		if (CommandLine.isHelpRequested(arguments)) {
			System.out.print(CommandLine.USAGE);
			return;
		}
		LocalDataApiServer server;
		try {
			server = CommandLine.parse(arguments);
		}
		catch (CommandLineException ex) {
			System.err.println("Error: " + ex.getMessage());
			System.err.println("Run with --help to see the options.");
			System.exit(USAGE_ERROR);
			return;
		}
		try {
			server.start();
		}
		catch (IllegalStateException ex) {
			System.err.println("Error: " + ex.getMessage());
			System.exit(START_FAILURE);
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(server::close, "singlestore-http-local-shutdown"));
		describe(server, System.out);
	}

	private static void describe(LocalDataApiServer server, PrintStream out) {
		out.println("SingleStore Data API (local) listening on " + server.url());
		out.println("  user:     " + server.username());
		out.println("  password: " + (server.passwordGenerated() ? server.password() : "as given"));
		out.println("  database: " + server.database());
		server.token().ifPresent((token) -> out.println("  bearer token accepted"));
		server.caCertificateFile().ifPresent((file) -> out.println("  CA certificate: " + file.toAbsolutePath()));
		out.println("  backing database: " + JdbcUrlPasswords.masked(server.jdbcUrl()));
		out.println("Press Ctrl+C to stop.");
		out.flush();
	}

}
