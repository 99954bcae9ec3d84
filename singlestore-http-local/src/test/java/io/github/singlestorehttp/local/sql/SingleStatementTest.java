package io.github.singlestorehttp.local.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link SingleStatement}: one statement per request, told apart the way H2 tokenizes SQL.
 */
class SingleStatementTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "SELECT 1;|SELECT 1", "  SELECT 1 ; ;  |SELECT 1",
			"SELECT 1; -- trailing comment|SELECT 1", "SELECT 1 /* ; */|SELECT 1 /* ; */",
			"SELECT 'a;b', \"c;d\", `e;f`|SELECT 'a;b', \"c;d\", `e;f`", "SELECT 'it''s;'|SELECT 'it''s;'" })
	void keepsTheStatementWithoutTrailingSemicolons(String sql, String statement) throws SqlError {
		assertThat(SingleStatement.of(sql).text()).isEqualTo(statement);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "select 1|SELECT", "  /* c */ insert into t values (1)|INSERT",
			"((SELECT 1))|SELECT", "REPLACE INTO t VALUES (1)|REPLACE" })
	void findsTheFirstKeyword(String sql, String keyword) throws SqlError {
		assertThat(SingleStatement.of(sql).firstKeyword()).isEqualTo(keyword);
	}

	@Test
	void skipsLineCommentsBeforeTheFirstKeyword() throws SqlError {
		assertThat(SingleStatement.of("-- note\n  update t set a = 1").firstKeyword()).isEqualTo("UPDATE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT 1; SELECT 2", "SELECT 'a\\'; DROP TABLE t; --'", "SELECT 1 # x; SELECT 2",
			"SELECT 1 -- x\n; SELECT 2", "SELECT 1 /* a */; /* b */ SELECT 2" })
	void rejectsASecondStatement(String sql) {
		assertThatExceptionOfType(SqlError.class).isThrownBy(() -> SingleStatement.of(sql))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(1064));
	}

	@Test
	void quotesTheStartOfTheSecondStatementBriefly() {
		assertThatExceptionOfType(SqlError.class)
			.isThrownBy(() -> SingleStatement.of("SELECT 1; DELETE FROM a_table_with_a_really_long_name WHERE 1 = 1"))
			.withMessageEndingWith("near 'DELETE FROM a_table_with_a_really_long_n...'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " \n\t", ";", "-- nothing", "/* nothing */", " ; -- x\n ; " })
	void rejectsAnEmptyStatement(String sql) {
		assertThatExceptionOfType(SqlError.class).isThrownBy(() -> SingleStatement.of(sql))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(1065))
			.withMessage("Query was empty");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT $$a;b$$", "SELECT 1 // c; SELECT 2", "SELECT 1 /* a /* ; */ ; */",
			"SELECT x$$ FROM t" })
	void readsH2sDollarQuotesSlashCommentsAndNestedCommentsAsH2Does(String sql) throws SqlError {
		assertThat(SingleStatement.of(sql).text()).isEqualTo(sql);
	}

	@Test
	void tokensLeaveCommentsOutAndLiteralsAnonymous() throws SqlError {
		SingleStatement statement = SingleStatement.of("select `My``Col`, \"x\"\"y\" -- note\n, 'a;b', $$c$$ "
				+ "/* x */ FROM t1 WHERE n>=1.5;");

		assertThat(statement.tokens()).containsExactly("SELECT", "\"MY`COL\"", ",", "\"X\"Y\"", ",", "'", ",", "'",
				"FROM", "T1", "WHERE", "N", ">", "=", "1", ".", "5");
	}

	@Test
	void anUnterminatedLiteralIsLeftToTheDatabase() throws SqlError {
		assertThat(SingleStatement.of("SELECT 'open; SELECT 2").text()).isEqualTo("SELECT 'open; SELECT 2");
	}

}
