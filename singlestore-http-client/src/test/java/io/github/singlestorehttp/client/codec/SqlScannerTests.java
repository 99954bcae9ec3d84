package io.github.singlestorehttp.client.codec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlScannerTests {

	@Test
	void findsPlaceholdersInOrder() {
		assertThat(SqlScanner.positions("SELECT * FROM t WHERE a = ? AND b = ?")).containsExactly(26, 36);
	}

	@Test
	void skipsStringLiteralsWithEscapes() {
		assertThat(SqlScanner.positions("SELECT 'a?', 'it''s ?', 'back\\' ?', ?")).hasSize(1);
		assertThat(SqlScanner.positions("SELECT \"?\", \"\\\"?\" , ?")).hasSize(1);
	}

	@Test
	void skipsQuotedIdentifiers() {
		assertThat(SqlScanner.positions("SELECT `odd?name`, `a``?` FROM t WHERE x = ?")).hasSize(1);
	}

	@Test
	void skipsComments() {
		String sql = """
				SELECT a -- is it ?
				FROM t # really ?
				WHERE /* maybe ? */ a = ?""";
		assertThat(SqlScanner.positions(sql)).containsExactly(sql.length() - 1);
	}

	@Test
	void doubleDashWithoutSpaceIsNotAComment() {
		assertThat(SqlScanner.positions("SELECT 1--?")).hasSize(1);
	}

	@Test
	void executableCommentsAreCodeAsTheServerRunsThem() {
		assertThat(SqlScanner.positions("SELECT /*!50001 ? + */ ?")).containsExactly(16, 23);
		assertThat(SqlScanner.positions("SELECT /*! '?' */ 1")).isEmpty();
		assertThat(SqlScanner.hasSeveralStatements("SELECT 1 /*!; DROP TABLE users */")).isTrue();
		assertThat(SqlScanner.leadingCode("/*!40101 BEGIN */")).isEqualTo("BEGIN");
	}

	@Test
	void optimizerHintsStayComments() {
		assertThat(SqlScanner.positions("SELECT /*+ MAX_EXECUTION_TIME(?) */ ?")).containsExactly(36);
	}

	@Test
	void doubleDashFollowedByAControlCharacterIsAComment() {
		assertThat(SqlScanner.positions("SELECT 1 --\u0001 ?")).isEmpty();
		assertThat(SqlScanner.positions("SELECT 1 --\u007f ?")).isEmpty();
		assertThat(SqlScanner.positions("SELECT 1 --\u000b ?")).isEmpty();
		assertThat(SqlScanner.hasSeveralStatements("SELECT 1 --\u0001; DROP TABLE users")).isFalse();
	}

	@Test
	void doubleDashFollowedByAUnicodeSpaceIsNotAComment() {
		assertThat(SqlScanner.positions("SELECT 1 --\u2003?")).hasSize(1);
	}

	@Test
	void unterminatedLiteralHidesTheRest() {
		assertThat(SqlScanner.positions("SELECT 'abc ?")).isEmpty();
		assertThat(SqlScanner.positions("SELECT /* ?")).isEmpty();
	}

}
