package io.github.singlestorehttp.local.dialect;

import java.util.List;

import io.github.singlestorehttp.local.dialect.Token.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link MySqlLexer}: the lexical rules of MySQL's "String Literals" and "Comments" reference pages, which
 * SingleStore follows, and SingleStore's own operators.
 */
class MySqlLexerTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "'it\\'s'|it's", "'it''s'|it's", "'a\\\\b'|a\\b",
			"'100\\%'|100\\%", "'a\\_b'|a\\_b", "'\\q'|q", "'say \"\"hi\"\"'|say \"\"hi\"\"" })
	void stringLiteralsResolveBackslashEscapesAndDoubledQuotes(String literal, String value) throws DialectException {
		assertThat(MySqlLexer.tokenize(literal)).singleElement()
			.satisfies((token) -> assertThat(token.kind()).isEqualTo(Kind.STRING))
			.satisfies((token) -> assertThat(token.text()).isEqualTo(value));
	}

	@Test
	void escapesStandForControlCharacters() throws DialectException {
		assertThat(MySqlLexer.tokenize("'a\\nb\\t\\r\\0\\b\\Z'")).singleElement()
			.extracting(Token::text)
			.isEqualTo("a\nb\t\r\u0000\b\u001a");
	}

	@Test
	void doubleQuotesQuoteStringsAndBackticksIdentifiers() throws DialectException {
		List<Token> tokens = MySqlLexer.tokenize("SELECT \"a\\\"b\", `c``d`");

		assertThat(tokens).extracting(Token::kind)
			.containsExactly(Kind.WORD, Kind.STRING, Kind.SYMBOL, Kind.QUOTED_IDENTIFIER);
		assertThat(tokens.get(1).text()).isEqualTo("a\"b");
		assertThat(tokens.get(3).text()).isEqualTo("c`d");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT 1 # note", "SELECT 1 -- note", "SELECT 1 --\tnote", "SELECT 1 --\u0001x",
			"SELECT 1 /* a /* b */", "SELECT /*+ hint */ 1", "SELECT 1 --" })
	void commentsAreLeftOut(String sql) throws DialectException {
		assertThat(MySqlLexer.tokenize(sql)).extracting(Token::text).containsExactly("SELECT", "1");
	}

	@Test
	void twoDashesWithoutSpaceAreTwoMinusSigns() throws DialectException {
		assertThat(MySqlLexer.tokenize("SELECT 1--1")).extracting(Token::text)
			.containsExactly("SELECT", "1", "-", "-", "1");
	}

	@Test
	void executableCommentsAreCode() throws DialectException {
		assertThat(MySqlLexer.tokenize("SELECT /*!50001 2, */ 1 /*! ; */")).extracting(Token::text)
			.containsExactly("SELECT", "2", ",", "1", ";");
	}

	@Test
	void singleStoreOperatorsAreSingleTokens() throws DialectException {
		assertThat(MySqlLexer.tokenize("a::b::$c::%d :> x !:> y <*> <-> <=> :=")).extracting(Token::text)
			.containsExactly("a", "::", "b", "::$", "c", "::%", "d", ":>", "x", "!:>", "y", "<*>", "<->", "<=>", ":=");
	}

	@Test
	void literalsOfOtherKinds() throws DialectException {
		List<Token> tokens = MySqlLexer.tokenize("X'0aFF' 0x1F b'101' 0b11 1.5e-3 .5 ? @v @@session.x 0xyz");

		assertThat(tokens).extracting(Token::kind).containsExactly(Kind.HEX, Kind.HEX, Kind.BITS, Kind.BITS,
				Kind.NUMBER, Kind.NUMBER, Kind.PLACEHOLDER, Kind.VARIABLE, Kind.VARIABLE, Kind.WORD);
		assertThat(tokens).extracting(Token::text).containsExactly("0aFF", "1F", "101", "11", "1.5e-3", ".5", "?",
				"@v", "@@session.x", "0xyz");
	}

	@Test
	void placeholdersInsideLiteralsAndCommentsAreText() throws DialectException {
		assertThat(MySqlLexer.tokenize("SELECT '?', `?`, \"?\" # ?\n, ? /* ? */")).filteredOn((token) -> token
			.kind() == Kind.PLACEHOLDER).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT 'open", "SELECT \"open", "SELECT `open", "SELECT 1 /* open", "SELECT 'a\\'" })
	void unterminatedTextIsASyntaxError(String sql) {
		assertThatExceptionOfType(DialectException.class).isThrownBy(() -> MySqlLexer.tokenize(sql))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(1064));
	}

	@Test
	void tokensRememberWhereTheyStartAndWhetherSpacePrecededThem() throws DialectException {
		List<Token> tokens = MySqlLexer.tokenize("f(x) ;");

		assertThat(tokens).extracting(Token::offset).containsExactly(0, 1, 2, 3, 5);
		assertThat(tokens).extracting(Token::spaceBefore).containsExactly(false, false, false, false, true);
	}

}
