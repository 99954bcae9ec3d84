package io.github.singlestorehttp.local;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Parsing the command line of {@link LocalDataApiServerMain}.
 */
class CommandLineTest {

	@Test
	void optionsConfigureTheServer(@TempDir Path directory) throws CommandLineException {
		Path caFile = directory.resolve("ca.pem");
		LocalDataApiServer server = CommandLine.parse(List.of("--port", "0", "--user", "admin", "--password=secret",
				"--database", "shop", "--token", "tok", "--tls", "--ca-file", caFile.toString(), "--host", "localhost"));

		try (server) {
			server.start();
			assertThat(server.url()).isEqualTo("https://localhost:" + server.port());
			assertThat(server.username()).isEqualTo("admin");
			assertThat(server.password()).isEqualTo("secret");
			assertThat(server.database()).isEqualTo("shop");
			assertThat(server.token()).hasValue("tok");
			assertThat(server.caCertificateFile()).hasValue(caFile);
		}
	}

	@Test
	void jdbcUrlIsPassedThrough() throws CommandLineException {
		LocalDataApiServer server = CommandLine.parse(List.of("--jdbc-url", "jdbc:h2:mem:cli;MODE=MySQL"));

		assertThat(server.jdbcUrl()).isEqualTo("jdbc:h2:mem:cli;MODE=MySQL");
	}

	@Test
	void helpIsRecognizedAnywhere() {
		assertThat(CommandLine.isHelpRequested(List.of("--port", "1", "--help"))).isTrue();
		assertThat(CommandLine.isHelpRequested(List.of("-h"))).isTrue();
		assertThat(CommandLine.isHelpRequested(List.of("--port", "1"))).isFalse();
		assertThat(CommandLine.USAGE).contains("--port PORT", "--tls", "--ca-file PATH", "--jdbc-url URL");
	}

	@Test
	void badCommandLinesSayWhatIsWrong() {
		assertRejected(List.of("--bogus", "1"), "Unknown option --bogus");
		assertRejected(List.of("--port"), "Option --port needs a value");
		assertRejected(List.of("--port", "abc"), "Option --port needs a whole number up to 2147483647, not 'abc'");
		assertRejected(List.of("--port", "70000"), "port must be between 0 and 65535, not 70000");
		assertRejected(List.of("--pool-size", "0"), "poolSize must be at least 1, not 0");
		assertRejected(List.of("--tls=yes"), "Option --tls takes no value");
		assertRejected(List.of("serve"), "Unexpected argument 'serve'");
		assertRejected(List.of("--ca-file", "ca.pem"), "caCertificateFile needs tls(true)");
		assertRejected(List.of("--password", ""), "password must not be empty");
		assertRejected(List.of("--password= "), "password must not be empty");
	}

	private static void assertRejected(List<String> args, String message) {
		assertThatExceptionOfType(CommandLineException.class).isThrownBy(() -> CommandLine.parse(args))
			.withMessage(message);
	}

}
