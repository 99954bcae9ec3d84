package io.github.singlestorehttp.local.sql;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link NumberBinding}.
 */
class NumberBindingTest {

	@Test
	void goFloat64RoundsThroughADouble() {
		assertThat(NumberBinding.GO_FLOAT64.toArgument(new BigDecimal("42"))).isEqualTo(42L);
		assertThat(NumberBinding.GO_FLOAT64.toArgument(new BigDecimal("9007199254740993"))).isEqualTo(9007199254740992L);
		assertThat(NumberBinding.GO_FLOAT64.toArgument(new BigDecimal("1E+6"))).isEqualTo(1_000_000L);
		assertThat(NumberBinding.GO_FLOAT64.toArgument(new BigDecimal("0.1"))).isEqualTo(0.1);
		assertThat(NumberBinding.GO_FLOAT64.toArgument(new BigDecimal("-2.50"))).isEqualTo(-2.5);
		assertThat(NumberBinding.GO_FLOAT64.toArgument(new BigDecimal("1E+19")))
			.isEqualTo(new BigDecimal("10000000000000000000"));
	}

	@Test
	void goFloat64RefusesNumbersBeyondADouble() {
		assertThatIllegalArgumentException().isThrownBy(() -> NumberBinding.GO_FLOAT64.toArgument(new BigDecimal("1E+400")))
			.withMessage("number 1E+400 is out of range for float64");
	}

	@Test
	void exactKeepsEveryDigit() {
		assertThat(NumberBinding.EXACT.toArgument(new BigDecimal("9007199254740993"))).isEqualTo(9007199254740993L);
		assertThat(NumberBinding.EXACT.toArgument(new BigDecimal("1E+3"))).isEqualTo(1000L);
		assertThat(NumberBinding.EXACT.toArgument(new BigDecimal("2.0"))).isEqualTo(2L);
		assertThat(NumberBinding.EXACT.toArgument(new BigDecimal("12345678901234567890.125")))
			.isEqualTo(new BigDecimal("12345678901234567890.125"));
		assertThat(NumberBinding.EXACT.toArgument(new BigDecimal("18446744073709551615")))
			.isEqualTo(new BigDecimal("18446744073709551615"));
		assertThat(NumberBinding.EXACT.toArgument(new BigDecimal("-9223372036854775808")))
			.isEqualTo(Long.MIN_VALUE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1E+999999999", "1E+10000000", "-1.8E+308", "1E-999999999", "-1E-400" })
	void exactRefusesNumbersADoubleCannotHoldBeforeScalingThem(String number) {
		assertThatIllegalArgumentException().isThrownBy(() -> NumberBinding.EXACT.toArgument(new BigDecimal(number)))
			.withMessage("number " + number + " is out of range for float64");
	}

	@Test
	void exactKeepsTheLargestAndSmallestNumbersADoubleHolds() {
		assertThat(NumberBinding.EXACT.toArgument(new BigDecimal("1.7E+308")))
			.isEqualTo(new BigDecimal("1.7E+308").setScale(0));
		assertThat(NumberBinding.EXACT.toArgument(new BigDecimal("5E-324"))).isEqualTo(new BigDecimal("5E-324"));
		assertThat(NumberBinding.EXACT.toArgument(new BigDecimal("0E+999999999"))).isEqualTo(0L);
		assertThat(NumberBinding.EXACT.toArgument(new BigDecimal("0E-999999999"))).isEqualTo(0L);
	}

}
