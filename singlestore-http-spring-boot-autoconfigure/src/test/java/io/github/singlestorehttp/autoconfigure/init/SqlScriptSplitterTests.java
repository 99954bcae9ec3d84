package io.github.singlestorehttp.autoconfigure.init;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link SqlScriptSplitter}: scripts are split where the MySQL client splits them.
 */
class SqlScriptSplitterTests {

	private final SqlScriptSplitter splitter = new SqlScriptSplitter(";");

	@Test
	void splitsAtEachSeparatorAndStripsWhiteSpace() {
		assertThat(this.splitter.split("CREATE TABLE t (id INT);\n\nINSERT INTO t VALUES (1) ;\n"))
			.containsExactly("CREATE TABLE t (id INT)", "INSERT INTO t VALUES (1)");
	}

	@Test
	void keepsTheLastStatementWithoutSeparator() {
		assertThat(this.splitter.split("SELECT 1; SELECT 2")).containsExactly("SELECT 1", "SELECT 2");
	}

	@Test
	void separatorsInStringLiteralsDoNotSplit() {
		assertThat(this.splitter.split("INSERT INTO t VALUES ('a;b', \"c;d\"); SELECT 1"))
			.containsExactly("INSERT INTO t VALUES ('a;b', \"c;d\")", "SELECT 1");
	}

	@Test
	void backslashEscapedAndDoubledQuotesStayInTheLiteral() {
		assertThat(this.splitter.split("INSERT INTO t VALUES ('it\\'s; ok', 'don''t; stop', \"say \\\"hi;\\\"\"); SELECT 2"))
			.containsExactly("INSERT INTO t VALUES ('it\\'s; ok', 'don''t; stop', \"say \\\"hi;\\\"\")", "SELECT 2");
	}

	@Test
	void aBackslashBeforeTheClosingQuoteEscapesOnlyItself() {
		assertThat(this.splitter.split("INSERT INTO t VALUES ('C:\\\\'); SELECT 3"))
			.containsExactly("INSERT INTO t VALUES ('C:\\\\')", "SELECT 3");
	}

	@Test
	void backtickIdentifiersDoNotSplitAndKnowNoBackslashEscape() {
		assertThat(this.splitter.split("CREATE TABLE `a;b\\` (`x``;` INT); SELECT 4"))
			.containsExactly("CREATE TABLE `a;b\\` (`x``;` INT)", "SELECT 4");
	}

	@Test
	void separatorsInCommentsDoNotSplit() {
		assertThat(this.splitter.split("""
				# setup; first
				CREATE TABLE t (id INT); -- the table; really
				/* seed; rows */ INSERT INTO t VALUES (1);
				""")).containsExactly("# setup; first\nCREATE TABLE t (id INT)",
						"-- the table; really\n/* seed; rows */ INSERT INTO t VALUES (1)");
	}

	@Test
	void dashesWithoutFollowingWhiteSpaceAreMinusSigns() {
		assertThat(this.splitter.split("SELECT 5--1; SELECT 6")).containsExactly("SELECT 5--1", "SELECT 6");
	}

	@Test
	void piecesWithOnlyCommentsOrWhiteSpaceAreDropped() {
		assertThat(this.splitter.split(";; SELECT 1;\n-- trailing comment\n/* and; another */\n")).containsExactly("SELECT 1");
	}

	@Test
	void anEmptyStringLiteralIsAStatement() {
		assertThat(this.splitter.split("'';")).containsExactly("''");
	}

	@Test
	void aMultiCharacterSeparatorReplacesTheSemicolon() {
		SqlScriptSplitter dollars = new SqlScriptSplitter("$$");
		assertThat(dollars.split("CREATE TABLE t (id INT); $$ INSERT INTO t VALUES ('$$'); $$"))
			.containsExactly("CREATE TABLE t (id INT);", "INSERT INTO t VALUES ('$$');");
	}

	@Test
	void anUnclosedLiteralRunsToTheEndOfTheScript() {
		assertThat(this.splitter.split("SELECT 'open; SELECT 7")).containsExactly("SELECT 'open; SELECT 7");
	}

	@Test
	void anEmptySeparatorIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SqlScriptSplitter(""))
			.withMessageContaining("separator");
	}

}
