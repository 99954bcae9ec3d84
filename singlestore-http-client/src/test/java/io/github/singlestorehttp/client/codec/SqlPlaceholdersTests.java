package io.github.singlestorehttp.client.codec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlPlaceholdersTests {

	@Test
	void findsPlaceholdersInOrder() {
		assertThat(SqlPlaceholders.positions("SELECT * FROM t WHERE a = ? AND b = ?")).containsExactly(26, 36);
	}

	@Test
	void skipsStringLiteralsWithEscapes() {
		assertThat(SqlPlaceholders.positions("SELECT 'a?', 'it''s ?', 'back\\' ?', ?")).hasSize(1);
		assertThat(SqlPlaceholders.positions("SELECT \"?\", \"\\\"?\" , ?")).hasSize(1);
	}

	@Test
	void skipsQuotedIdentifiers() {
		assertThat(SqlPlaceholders.positions("SELECT `odd?name`, `a``?` FROM t WHERE x = ?")).hasSize(1);
	}

	@Test
	void skipsComments() {
		String sql = """
				SELECT a -- is it ?
				FROM t # really ?
				WHERE /* maybe ? */ a = ?""";
		assertThat(SqlPlaceholders.positions(sql)).containsExactly(sql.length() - 1);
	}

	@Test
	void doubleDashWithoutSpaceIsNotAComment() {
		assertThat(SqlPlaceholders.positions("SELECT 1--?")).hasSize(1);
	}

	@Test
	void unterminatedLiteralHidesTheRest() {
		assertThat(SqlPlaceholders.positions("SELECT 'abc ?")).isEmpty();
		assertThat(SqlPlaceholders.positions("SELECT /* ?")).isEmpty();
	}

}
