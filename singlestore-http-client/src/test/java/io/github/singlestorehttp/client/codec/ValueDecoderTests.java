package io.github.singlestorehttp.client.codec;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ValueDecoderTests {

	@Test
	void decimalTextGivesWhatBigDecimalsOwnParserGivesValueAndScale() {
		String[] texts = { "0", "-0", "-0.00", "+1", "5.", ".5", "-.5", "1.50", "123.456", "-999999999999999999",
				"999999999999999999", "1000000000000000000", "-9223372036854775808", "9223372036854775807.1",
				"123456789012.123456789012345678", "0.000000000000000001", "1e3", "1.5E-7", "-12345678901234567.8",
				"00012.3400" };
		for (String text : texts) {
			assertThat(decimal(text)).as(text).isEqualTo(new BigDecimal(text));
		}
		Random random = new Random(42);
		for (int i = 0; i < 10_000; i++) {
			String text = randomDecimal(random);
			assertThat(decimal(text)).as(text).isEqualTo(new BigDecimal(text));
		}
	}

	@Test
	void textThatIsNotADecimalIsRefused() {
		for (String text : new String[] { "", "-", "+", ".", "1.2.3", "1-2", "12a", "--1", "1,5" }) {
			assertThatExceptionOfType(NumberFormatException.class).as(text).isThrownBy(() -> decimal(text));
		}
	}

	private static BigDecimal decimal(String text) {
		return ValueDecoder.decimal(text.toCharArray(), 0, text.length());
	}

	private static String randomDecimal(Random random) {
		StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
		int integerDigits = random.nextInt(21);
		int fractionDigits = random.nextInt(21);
		for (int i = 0; i < integerDigits; i++) {
			text.append((char) ('0' + random.nextInt(10)));
		}
		if (fractionDigits > 0 || integerDigits == 0) {
			text.append('.');
			for (int i = 0; i < Math.max(fractionDigits, 1); i++) {
				text.append((char) ('0' + random.nextInt(10)));
			}
		}
		return text.toString();
	}

}
