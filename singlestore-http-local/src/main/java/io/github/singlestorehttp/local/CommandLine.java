package io.github.singlestorehttp.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The command line of {@link LocalDataApiServerMain}: options written {@code --name value} or {@code --name=value}.
 */
final class CommandLine {

	static final String USAGE = """
			Usage: java -jar singlestore-http-local-exec.jar [options]

			Serves SingleStore's HTTP Data API from an in-memory H2 database (or any JDBC URL).

			Options:
			  --host HOST               address to listen on (default 127.0.0.1)
			  --port PORT               port to listen on, 0 for a free one (default 0)
			  --user NAME               user name for Basic authentication (default root)
			  --password PASSWORD       password for Basic authentication (default: random, printed at start)
			  --token TOKEN             also accept "Authorization: Bearer TOKEN"
			  --database NAME           database to create at start (default app)
			  --jdbc-url URL            backing database (default: a new in-memory H2 database)
			  --tls                     serve HTTPS with a certificate from a generated CA
			  --ca-file PATH            where to write the CA certificate (PEM) with --tls (default: a temp file)
			  --pool-size N             statements run at the same time (default 16)
			  --max-request-bytes N     largest request body accepted (default 1048576)
			  --exact-numbers           bind numeric arguments exactly instead of through a 64-bit float
			  --legacy-errors           write errors as "Error 1146: ..." instead of "Error 1146 (42S02): ..."
			  --help                    show this help
			""";

	private static final Set<String> HELP = Set.of("--help", "-h");

	private static final Map<String, Consumer<LocalDataApiServer.Builder>> FLAGS = Map.of(
			"--tls", (builder) -> builder.tls(true),
			"--exact-numbers", (builder) -> builder.goNumberFidelity(false),
			"--legacy-errors", (builder) -> builder.legacyErrorFormat(true));

	private static final Map<String, Option> OPTIONS = Map.of(
			"--host", (builder, name, value) -> builder.host(value),
			"--port", (builder, name, value) -> builder.port(wholeNumber(name, value, Integer.MAX_VALUE)),
			"--user", (builder, name, value) -> builder.username(value),
			"--password", (builder, name, value) -> builder.password(value),
			"--token", (builder, name, value) -> builder.token(value),
			"--database", (builder, name, value) -> builder.database(value),
			"--jdbc-url", (builder, name, value) -> builder.jdbcUrl(value),
			"--ca-file", (builder, name, value) -> builder.caCertificateFile(Path.of(value)),
			"--pool-size", (builder, name, value) -> builder.poolSize(wholeNumber(name, value, Integer.MAX_VALUE)),
			"--max-request-bytes",
			(builder, name, value) -> builder.maxRequestBytes(wholeNumber(name, value, Long.MAX_VALUE)));

	private CommandLine() {
	}

	/**
	 * Tells whether the arguments ask for help.
	 * @param args the arguments
	 * @return {@code true} if {@code --help} or {@code -h} is among them
	 */
	static boolean isHelpRequested(List<String> args) {
		return args.stream().anyMatch(HELP::contains);
	}

	/**
	 * Builds the server the arguments describe.
	 * @param args the arguments
	 * @return the server, not started
	 * @throws CommandLineException if an argument is unknown, lacks its value or has a bad value
	 */
	static LocalDataApiServer parse(List<String> args) throws CommandLineException {
		LocalDataApiServer.Builder builder = LocalDataApiServer.builder();
		try {
			for (int index = 0; index < args.size(); index++) {
				String arg = args.get(index);
				if (!arg.startsWith("--")) {
					throw new CommandLineException("Unexpected argument '" + arg + "'");
				}
				int equals = arg.indexOf('=');
				String name = (equals < 0) ? arg : arg.substring(0, equals);
				if (FLAGS.containsKey(name)) {
					if (equals >= 0) {
						throw new CommandLineException("Option " + name + " takes no value");
					}
					FLAGS.get(name).accept(builder);
				}
				else if (OPTIONS.containsKey(name)) {
					String value;
					if (equals >= 0) {
						value = arg.substring(equals + 1);
					}
					else if (index + 1 < args.size()) {
						value = args.get(++index);
					}
					else {
						throw new CommandLineException("Option " + name + " needs a value");
					}
					OPTIONS.get(name).apply(builder, name, value);
				}
				else {
					throw new CommandLineException("Unknown option " + name);
				}
			}
			return builder.build();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new CommandLineException(ex.getMessage());
		}
	}

	private static int wholeNumber(String name, String value, int max) throws CommandLineException {
		return (int) wholeNumber(name, value, (long) max);
	}

	private static long wholeNumber(String name, String value, long max) throws CommandLineException {
		try {
			long number = Long.parseLong(value);
			if (number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new CommandLineException("Option " + name + " needs a whole number up to " + max + ", not '" + value + "'");
	}

	@FunctionalInterface
	private interface Option {

		void apply(LocalDataApiServer.Builder builder, String name, String value) throws CommandLineException;

	}

}
