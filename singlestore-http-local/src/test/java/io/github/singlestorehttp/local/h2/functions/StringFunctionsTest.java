package io.github.singlestorehttp.local.h2.functions;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StringFunctions} called through H2 under their {@code SS_} names. Expected values are the examples of the
 * MySQL 8.0 reference (https://dev.mysql.com/doc/refman/8.0/en/string-functions.html) unless a SingleStore page is
 * named.
 */
class StringFunctionsTest extends FunctionsDatabase {

	@Test
	void hexAndUnhex() throws SQLException {
		assertThat(value("SELECT SS_HEX('abc')")).isEqualTo("616263");
		assertThat(value("SELECT SS_HEX(255)")).isEqualTo("FF");
		assertThat(value("SELECT SS_HEX(-1)")).isEqualTo("FFFFFFFFFFFFFFFF");
		assertThat(value("SELECT SS_HEX(X'0A0B')")).isEqualTo("0A0B");
		assertThat(value("SELECT SS_UNHEX('4D7953514C')")).isEqualTo("MySQL".getBytes(StandardCharsets.UTF_8));
		assertThat(value("SELECT SS_UNHEX('GG')")).isNull();
	}

	@Test
	void listsAndSubstrings() throws SQLException {
		assertThat(value("SELECT SS_FIND_IN_SET('b', 'a,b,c,d')")).isEqualTo(2L);
		assertThat(value("SELECT SS_FIND_IN_SET('e', 'a,b,c,d')")).isEqualTo(0L);
		assertThat(value("SELECT SS_REVERSE('abc')")).isEqualTo("cba");
		assertThat(value("SELECT SS_SUBSTRING_INDEX('www.mysql.com', '.', 2)")).isEqualTo("www.mysql");
		assertThat(value("SELECT SS_SUBSTRING_INDEX('www.mysql.com', '.', -2)")).isEqualTo("mysql.com");
		assertThat(value("SELECT SS_SUBSTRING_INDEX('www.mysql.com', '.', 5)")).isEqualTo("www.mysql.com");
		assertThat(value("SELECT SS_ELT(1, 'Aa', 'Bb', 'Cc', 'Dd')")).isEqualTo("Aa");
		assertThat(value("SELECT SS_ELT(4, 'Aa', 'Bb', 'Cc', 'Dd')")).isEqualTo("Dd");
		assertThat(value("SELECT SS_ELT(5, 'Aa', 'Bb')")).isNull();
		assertThat(value("SELECT SS_FIELD('Bb', 'Aa', 'Bb', 'Cc', 'Dd', 'Ff')")).isEqualTo(2L);
		assertThat(value("SELECT SS_FIELD('Gg', 'Aa', 'Bb', 'Cc', 'Dd', 'Ff')")).isEqualTo(0L);
		assertThat(value("SELECT SS_FIELD(2, 1, 2.0)")).isEqualTo(2L);
	}

	@Test
	void formatRoundsAndGroupsThousands() throws SQLException {
		assertThat(value("SELECT SS_FORMAT(12332.123456, 4)")).isEqualTo("12,332.1235");
		assertThat(value("SELECT SS_FORMAT(12332.1, 4)")).isEqualTo("12,332.1000");
		assertThat(value("SELECT SS_FORMAT(12332.2, 0)")).isEqualTo("12,332");
		assertThat(value("SELECT SS_FORMAT(12332.2, 2, 'de_DE')")).isEqualTo("12.332,20");
	}

	@Test
	void digests() throws SQLException {
		assertThat(value("SELECT SS_MD5('testing')")).isEqualTo("ae2b1fca515949e5d54fb22b8ed95575");
		assertThat(value("SELECT SS_SHA1('abc')")).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
		assertThat(value("SELECT SS_SHA2('abc', 224)"))
			.isEqualTo("23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
		assertThat(value("SELECT SS_SHA2('abc', 100)")).isNull();
	}

	@Test
	void comparisons() throws SQLException {
		assertThat(value("SELECT SS_STRCMP('text', 'text2')")).isEqualTo(-1L);
		assertThat(value("SELECT SS_STRCMP('text2', 'text')")).isEqualTo(1L);
		assertThat(value("SELECT SS_STRCMP('text', 'text')")).isEqualTo(0L);
	}

	@Test
	void bin() throws SQLException {
		assertThat(value("SELECT SS_BIN(12)")).isEqualTo("1100");
		assertThat(value("SELECT SS_BIN(-1)")).isEqualTo("1".repeat(64));
	}

	// https://dev.mysql.com/doc/refman/8.0/en/regexp.html#function_regexp-instr
	@Test
	void regexpInstr() throws SQLException {
		assertThat(value("SELECT SS_REGEXP_INSTR('dog cat dog', 'dog')")).isEqualTo(1L);
		assertThat(value("SELECT SS_REGEXP_INSTR('dog cat dog', 'dog', 2)")).isEqualTo(9L);
		assertThat(value("SELECT SS_REGEXP_INSTR('aa aaa aaaa', 'a{2}')")).isEqualTo(1L);
		assertThat(value("SELECT SS_REGEXP_INSTR('aa aaa aaaa', 'a{4}')")).isEqualTo(8L);
		assertThat(value("SELECT SS_REGEXP_INSTR('dog cat dog', 'dog', 1, 2, 1)")).isEqualTo(12L);
		assertThat(value("SELECT SS_REGEXP_INSTR('DOG', 'dog', 1, 1, 0, 'i')")).isEqualTo(1L);
	}

	@Test
	void initcapAndQuote() throws SQLException {
		assertThat(value("SELECT SS_INITCAP('hello wORLD-again')")).isEqualTo("Hello World-Again");
		assertThat(value("SELECT SS_QUOTE('Don''t!')")).isEqualTo("'Don\\'t!'");
		assertThat(value("SELECT SS_QUOTE(NULL)")).isEqualTo("NULL");
	}

}
