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
			"/* hint */ BEGIN", "-- c\nSTART\tTRANSACTION", "# c\nCOMMIT", "SET sql_mode = ''", "SET @@sql_mode = ''",
			"SET @@x = 1", "set time_zone = '+00:00'", "SET @leak = 1", "SET x := 1", "SET CHARACTER SET utf8mb4",
			"SET GLOBAL a = 1, SESSION b = 2", "SET GLOBAL a = 1, @@b = 2", "SET @@global.a = 1, c = 3",
			"CREATE ROWSTORE TEMPORARY TABLE t (a INT)", "create rowstore reference temporary table t (a int)",
			"/*!40101 BEGIN */", "/*! SET NAMES utf8 */" })
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
			"INSERT INTO commits VALUES (1)", "CREATE TABLE temporary_items (a INT)", "SELECT 1 /* ; SELECT 2 */",
			"SET @@GLOBAL.max_connections = 10", "set global a = 1, global b = (SELECT MAX(x) FROM t), @@global.c = 2",
			"SET PASSWORD FOR 'app'@'%' = 'x'", "CREATE GLOBAL TEMPORARY TABLE t (a INT)", "SELECT @x FROM t" })
	void ordinaryStatementsPass(String sql) {
		assertThatCode(() -> SessionStatementGuard.check(sql)).doesNotThrowAnyException();
	}

}
