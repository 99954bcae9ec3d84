package io.github.singlestorehttp.local.h2;

import java.util.stream.Stream;

import io.github.singlestorehttp.local.sql.SqlError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@link H2OnlyStatements}: H2's administrative and host-access features are refused wherever H2 would read them,
 * and only there.
 */
class H2OnlyStatementsTest {

	@ParameterizedTest
	@MethodSource("statements")
	void refusesStatements(String sql, String feature) {
		assertRefused(sql, feature);
	}

	static Stream<Arguments> statements() {
		return Stream.of(Arguments.of("SHUTDOWN", "SHUTDOWN"),
				Arguments.of("shutdown immediately", "SHUTDOWN"),
				Arguments.of("/* maintenance */ SHUTDOWN COMPACT", "SHUTDOWN"),
				Arguments.of("-- bye\nSHUTDOWN", "SHUTDOWN"),
				Arguments.of("// bye\nSHUTDOWN", "SHUTDOWN"),
				Arguments.of("\u00a0SHUTDOWN", "SHUTDOWN"),
				Arguments.of("SCRIPT TO '/tmp/dump.sql'", "SCRIPT"),
				Arguments.of("RUNSCRIPT FROM '/tmp/x.sql'", "RUNSCRIPT"),
				Arguments.of("BACKUP TO 'b.zip'", "BACKUP"),
				Arguments.of("EXECUTE IMMEDIATE 'SHUT' || 'DOWN'", "EXECUTE IMMEDIATE"),
				Arguments.of("SET EXCLUSIVE 1", "SET EXCLUSIVE"),
				Arguments.of("set db_close_delay 0", "SET DB_CLOSE_DELAY"),
				Arguments.of("SET DATABASE_EVENT_LISTENER 'x.Listener'", "SET DATABASE_EVENT_LISTENER"),
				Arguments.of("SET JAVA_OBJECT_SERIALIZER 'x.Serializer'", "SET JAVA_OBJECT_SERIALIZER"),
				Arguments.of("CREATE ALIAS X FOR 'java.lang.System.exit'", "CREATE ALIAS"),
				Arguments.of("CREATE OR REPLACE FORCE ALIAS IF NOT EXISTS X AS $$ void x() {} $$", "CREATE ALIAS"),
				Arguments.of("DROP ALIAS singlestore_local.FROM_BASE64", "DROP ALIAS"),
				Arguments.of("CREATE TRIGGER t BEFORE INSERT ON x CALL 'a.Trigger'", "CREATE TRIGGER"),
				Arguments.of("CREATE FORCE TRIGGER t BEFORE INSERT ON x AS $$ org.h2.api.Trigger create() { return null; } $$",
						"CREATE TRIGGER"),
				Arguments.of("CREATE AGGREGATE a FOR 'a.Aggregate'", "CREATE AGGREGATE"),
				Arguments.of("DROP AGGREGATE a", "DROP AGGREGATE"),
				Arguments.of("CREATE LINKED TABLE l('org.h2.Driver', 'jdbc:h2:mem:', '', '', 'x')",
						"CREATE LINKED TABLE"),
				Arguments.of("CREATE FORCE GLOBAL TEMPORARY LINKED TABLE l('d', 'u', '', '', 'x')", "CREATE LINKED TABLE"),
				Arguments.of("DROP ALL OBJECTS DELETE FILES", "DROP ALL OBJECTS"));
	}

	@ParameterizedTest
	@MethodSource("functionCalls")
	void refusesHostAccessFunctionsAnywhere(String sql, String feature) {
		assertRefused(sql, feature);
	}

	static Stream<Arguments> functionCalls() {
		return Stream.of(Arguments.of("SELECT FILE_READ('/etc/passwd')", "FILE_READ()"),
				Arguments.of("SELECT file_read /* x */ ('/etc/passwd')", "FILE_READ()"),
				Arguments.of("SELECT \"FILE_READ\"('/etc/passwd')", "FILE_READ()"),
				Arguments.of("SELECT `file_read`('/etc/passwd')", "FILE_READ()"),
				Arguments.of("CALL FILE_WRITE('x', '/tmp/x')", "FILE_WRITE()"),
				Arguments.of("SELECT * FROM CSVREAD('/etc/passwd')", "CSVREAD()"),
				Arguments.of("CALL CSVWRITE('/tmp/x.csv', 'SELECT 1')", "CSVWRITE()"),
				Arguments.of("SELECT * FROM LINK_SCHEMA('s', '', 'jdbc:h2:mem:', '', '', 'PUBLIC')", "LINK_SCHEMA()"),
				Arguments.of("INSERT INTO t SELECT x FROM (SELECT CSVREAD('/etc/passwd') x) s", "CSVREAD()"),
				Arguments.of("SELECT $$it's$$, FILE_READ('/etc/passwd')", "FILE_READ()"),
				Arguments.of("SELECT 1 // it's a comment\n, FILE_READ('/etc/passwd')", "FILE_READ()"),
				Arguments.of("SELECT 1 /* outer /* inner */ it's */, FILE_READ('/etc/passwd')", "FILE_READ()"),
				Arguments.of("SELECT U&\"\\0046ILE_READ\"('/etc/passwd')", "U&\"…\" identifiers"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT 'SHUTDOWN'", "SELECT 'FILE_READ(''/etc/passwd'')' AS f",
			"SELECT 1 -- FILE_READ('/etc/passwd')", "SELECT 1 /* CREATE ALIAS */", "SELECT file_read FROM logs",
			"INSERT INTO logs (script, backup) VALUES ('SHUTDOWN', 'CREATE ALIAS')", "SET @exclusive = 1",
			"CREATE TABLE triggers (alias VARCHAR(10))", "DROP TABLE aliases", "SELECT `SHUTDOWN` FROM t",
			"UPDATE t SET csvread = 1", "SELECT u & 1 FROM t" })
	void leavesOrdinaryStatementsAlone(String sql) throws SqlError {
		assertThatNoException().isThrownBy(() -> refuse(sql));
	}

	@Test
	void refusalsAreSyntaxErrorsNamingTheFeature() {
		assertThatExceptionOfType(SqlError.class).isThrownBy(() -> refuse("SHUTDOWN")).satisfies((error) -> {
			assertThat(error.code()).isEqualTo(1064);
			assertThat(error.sqlState()).isEqualTo("42000");
			assertThat(error.getMessage()).isEqualTo("You have an error in your SQL syntax; the local server does not "
					+ "run H2's SHUTDOWN, which SingleStore does not have");
		});
	}

	private static void assertRefused(String sql, String feature) {
		assertThatExceptionOfType(SqlError.class).isThrownBy(() -> refuse(sql))
			.withMessageContaining("does not run H2's " + feature + ", which");
	}

	private static void refuse(String sql) throws SqlError {
		H2OnlyStatements.refuse(new SqlScanner(sql).tokens(0, sql.length()));
	}

}
