package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NumericFunctions} called through H2. Expected values are the examples of the MySQL 8.0 reference
 * (https://dev.mysql.com/doc/refman/8.0/en/mathematical-functions.html).
 */
class NumericFunctionsTest extends FunctionsDatabase {

	@Test
	void powAndLog2() throws SQLException {
		assertThat(value("SELECT SS_POW(2, 2)")).isEqualTo(4.0);
		assertThat(value("SELECT SS_POW(2, -2)")).isEqualTo(0.25);
		assertThat(value("SELECT SS_LOG2(65536)")).isEqualTo(16.0);
		assertThat(value("SELECT SS_LOG2(-100)")).isNull();
	}

	// https://dev.mysql.com/doc/refman/8.0/en/arithmetic-functions.html#operator_div
	@Test
	void integerDivisionTruncatesTowardZero() throws SQLException {
		assertThat(value("SELECT SS_INT_DIV(5, 2)")).isEqualTo(2L);
		assertThat(value("SELECT SS_INT_DIV(-5, 2)")).isEqualTo(-2L);
		assertThat(value("SELECT SS_INT_DIV(5.5, 2)")).isEqualTo(2L);
		assertThat(value("SELECT SS_INT_DIV(5, 0)")).isNull();
	}

	@Test
	void convRewritesNumbersInOtherBases() throws SQLException {
		assertThat(value("SELECT SS_CONV('a', 16, 2)")).isEqualTo("1010");
		assertThat(value("SELECT SS_CONV('6E', 18, 8)")).isEqualTo("172");
		assertThat(value("SELECT SS_CONV(-17, 10, -18)")).isEqualTo("-H");
		assertThat(value("SELECT SS_CONV('10', 10, 40)")).isNull();
	}

}
