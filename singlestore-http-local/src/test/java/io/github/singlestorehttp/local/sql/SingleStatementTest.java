package io.github.singlestorehttp.local.sql;

import io.github.singlestorehttp.local.dialect.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link SingleStatement}: one statement per request, told apart by SingleStore's (MySQL's) lexical rules.
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
	@ValueSource(strings = { "SELECT 1; SELECT 2", "SELECT 'a\\\\'; DROP TABLE t; --'", "SELECT 1 # x\n; SELECT 2",
			"SELECT 1 -- x\n; SELECT 2", "SELECT 1 /* a */; /* b */ SELECT 2", "SELECT 1 /*! ; SELECT 2 */",
			"SELECT 1 --x; SELECT 2" })
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
	@ValueSource(strings = { "SELECT 'a\\'; DROP TABLE t; --'", "SELECT 1 # x; SELECT 2", "SELECT 1 --\u0001; SELECT 2",
			"SELECT \"a;b\"", "SELECT 1 /* a /* ; */" })
	void readsBackslashEscapesCommentsAndDoubleQuotedStringsAsSingleStoreDoes(String sql) throws SqlError {
		assertThat(SingleStatement.of(sql).text()).isEqualTo(sql);
	}

	@Test
	void tokensLeaveCommentsOutAndResolveEscapes() throws SqlError {
		SingleStatement statement = SingleStatement.of("select `My``Col`, \"x\\\"y\" -- note\n, 'a;b' "
				+ "/* x */ FROM t1 WHERE n>=1.5;");

		assertThat(statement.tokens()).extracting(Token::text)
			.containsExactly("select", "My`Col", ",", "x\"y", ",", "a;b", "FROM", "t1", "WHERE", "n", ">=", "1.5");
	}

	@Test
	void anUnterminatedLiteralIsASyntaxError() {
		assertThatExceptionOfType(SqlError.class).isThrownBy(() -> SingleStatement.of("SELECT 'open; SELECT 2"))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(1064));
	}

}
