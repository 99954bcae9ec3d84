package io.github.singlestorehttp.client.codec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SessionStatementGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "BEGIN", "begin;", "START TRANSACTION", "  commit", "ROLLBACK", "SAVEPOINT a",
			"set autocommit = 0", "USE app", "use `app`", "SET SESSION sql_mode = ''", "SET @@session.x = 1",
			"SET NAMES utf8mb4", "LOCK TABLES t WRITE", "UNLOCK TABLES", "create temporary table t (a int)",
			"/* hint */ BEGIN", "-- c\nSTART\tTRANSACTION", "# c\nCOMMIT" })
	void sessionStatementsAreRefusedWithAReason(String sql) {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(() -> SessionStatementGuard.check(sql))
			.withMessageContaining("cannot work over the Data API");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT 1; SELECT 2", "INSERT INTO t VALUES (1);DELETE FROM t" })
	void severalStatementsAreRefused(String sql) {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(() -> SessionStatementGuard.check(sql))
			.withMessageContaining("one statement per request");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT 1;", "SELECT 1; -- done", "SELECT ';BEGIN' FROM t", "SELECT * FROM begin_log",
			"UPDATE users SET name = 'x'", "SET GLOBAL max_connections = 10", "SELECT `USE` FROM t", "USERS",
			"INSERT INTO commits VALUES (1)", "CREATE TABLE temporary_items (a INT)", "SELECT 1 /* ; SELECT 2 */" })
	void ordinaryStatementsPass(String sql) {
		assertThatCode(() -> SessionStatementGuard.check(sql)).doesNotThrowAnyException();
	}

}
