package io.github.singlestorehttp.local.sql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SessionChanges}: statements that may leave session state behind, and statements that only mention the
 * same words in literals, identifiers or comments.
 */
class SessionChangesTest {

	@ParameterizedTest
	@ValueSource(strings = { "SET @x = 1", "set time_zone = '+00:00'", "/* c */ SET LOCK_TIMEOUT 1", "USE app",
			"SELECT @x := 1", "SELECT SET(@x, 1)", "SELECT 1 INTO @x", "CREATE TEMPORARY TABLE t (id INT)",
			"CREATE LOCAL TEMPORARY TABLE t (id INT)", "DECLARE LOCAL TEMPORARY TABLE t (id INT)",
			"UPDATE t SET n = @x := n + 1" })
	void mayChangeTheSession(String sql) throws SqlError {
		assertThat(SessionChanges.mayChange(SingleStatement.of(sql))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT 1", "UPDATE t SET n = 1", "INSERT INTO t VALUES (':=')", "SELECT \"set\" FROM t",
			"SELECT 1 -- SET @x = 1", "CREATE TABLE temporary_things (id INT)", "SELECT @x AS x", "SELECT ? AS v" })
	void leavesTheSessionAsItWas(String sql) throws SqlError {
		assertThat(SessionChanges.mayChange(SingleStatement.of(sql))).isFalse();
	}

}
