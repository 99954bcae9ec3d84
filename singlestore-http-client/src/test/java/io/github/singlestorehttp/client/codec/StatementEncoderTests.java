package io.github.singlestorehttp.client.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StatementEncoderTests {

	private final StatementEncoder encoder = new StatementEncoder(StatementEncoder.DEFAULT_MAX_REQUEST_BYTES);

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void writesSqlArgsAndDatabase() {
		JsonNode body = encode("SELECT * FROM users WHERE name = ? AND active = ?", "John", true);
		assertThat(body.get("sql").asString()).isEqualTo("SELECT * FROM users WHERE name = ? AND active = ?");
		assertThat(body.get("args").toString()).isEqualTo("[\"John\",true]");
		assertThat(body.get("database").asString()).isEqualTo("app");
	}

	@Test
	void omitsArgsWithoutArgumentsAndDatabaseWhenNone() {
		JsonNode body = this.json.readTree(this.encoder.encode("SELECT 1", null, null).body());
		assertThat(body.propertyNames()).containsExactly("sql");
	}

	@Test
	void integersBecomeExactLiteralsSoLimitWorksAndNoDigitIsLost() {
		long beyondDoublePrecision = (1L << 53) + 1;
		JsonNode body = encode("SELECT * FROM t WHERE id = ? OR id = ? LIMIT ?", beyondDoublePrecision,
				new BigInteger("18446744073709551615"), 1_000_000);
		assertThat(body.get("sql").asString())
			.isEqualTo("SELECT * FROM t WHERE id = 9007199254740993 OR id = 18446744073709551615 LIMIT 1000000");
		assertThat(body.has("args")).isFalse();
	}

	@Test
	void negativeNumbersAreParenthesizedSoTheyCannotFormAComment() {
		JsonNode body = encode("SELECT 1 -? , ?", -5, new BigDecimal("-0.000000000000000001"));
		assertThat(body.get("sql").asString()).isEqualTo("SELECT 1 -(-5) , (-0.000000000000000001)");
	}

	@Test
	void decimalsKeepEveryDigitWithoutExponent() {
		JsonNode body = encode("INSERT INTO t VALUES (?)", new BigDecimal("1.23456789012345678E+20"));
		assertThat(body.get("sql").asString()).isEqualTo("INSERT INTO t VALUES (123456789012345678000)");
	}

	@Test
	void numbersNoSingleStoreTypeCanHoldAreRefusedWithoutBuildingTheirText() {
		for (Object number : List.of(new BigDecimal("1e2147483647"), new BigDecimal("1e-2147483647"),
				new BigDecimal("1e999999999"), new BigDecimal("-1e-999999999"), new BigDecimal("1E+65"),
				new BigDecimal("0." + "0".repeat(65) + "1"), BigInteger.TEN.pow(65), BigInteger.TEN.pow(65).negate(),
				Optional.of(BigInteger.TWO.pow(100_000)))) {
			assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
				.isThrownBy(() -> encode("SELECT ?", number))
				.withMessageContaining("Argument 1 is a number with more than 65 digits")
				.withMessageNotContaining("999")
				.withMessageNotContaining("000");
		}
	}

	@Test
	void numbersUpToSixtyFiveDigitsAreInlinedAndTrailingZerosDoNotCount() {
		String sixtyFiveNines = "9".repeat(65);
		JsonNode body = encode("SELECT ?, ?, ?, ?", new BigInteger(sixtyFiveNines), new BigDecimal("-0." + "1".repeat(64)),
				new BigDecimal("1." + "0".repeat(80)), new BigDecimal("1E+64"));
		assertThat(body.get("sql").asString()).isEqualTo("SELECT " + sixtyFiveNines + ", (-0." + "1".repeat(64) + "), 1, 1"
				+ "0".repeat(64));
	}

	@Test
	void numberSubclassesCannotPutTheirTextIntoTheSql() {
		String injection = "1; DROP TABLE users";
		BigDecimal decimal = new BigDecimal("1.5") {
			@Override
			public String toPlainString() {
				return injection;
			}

			@Override
			public String toString() {
				return injection;
			}
		};
		BigInteger integer = new BigInteger("12345678901234567890123") {
			@Override
			public String toString() {
				return injection;
			}
		};
		for (Object value : List.of(decimal, integer, Optional.of(integer))) {
			assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
				.isThrownBy(() -> encode("SELECT ?", value))
				.withMessageContaining("Argument 1")
				.withMessageNotContaining("DROP");
		}
		AtomicLong counter = new AtomicLong(5) {
			@Override
			public String toString() {
				return injection;
			}
		};
		AtomicInteger small = new AtomicInteger(-6) {
			@Override
			public String toString() {
				return injection;
			}
		};
		assertThat(encode("SELECT ?, ?, ?", counter, Optional.of(small), new BigDecimal(integer, 2)).get("sql").asString())
			.isEqualTo("SELECT 5, (-6), 123456789012345678901.23");
	}

	@Test
	void numberSubclassesWithHonestTextAreInlinedThroughACanonicalValue() {
		BigDecimal decimal = new BigDecimal("-2.50") {
		};
		BigInteger integer = new BigInteger("18446744073709551615") {
		};
		assertThat(encode("SELECT ?, ?", decimal, integer).get("sql").asString())
			.isEqualTo("SELECT (-2.50), 18446744073709551615");
	}

	@Test
	void doublesTravelAsJsonNumbersAndFloatsKeepTheirDecimalForm() {
		JsonNode body = encode("SELECT ?, ?", 0.1d, 0.1f);
		assertThat(body.get("args").toString()).isEqualTo("[0.1,0.1]");
	}

	@Test
	void nanAndInfinityAreRefused() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> encode("SELECT ?", Double.NaN))
			.withMessageContaining("Argument 1 is NaN");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> encode("SELECT ?", Float.NEGATIVE_INFINITY));
	}

	@Test
	void bytesTravelAsBase64DecodedByTheServer() {
		JsonNode body = encode("INSERT INTO t (b) VALUES (?)", new byte[] { 0, 1, (byte) 0xff });
		assertThat(body.get("sql").asString()).isEqualTo("INSERT INTO t (b) VALUES (FROM_BASE64(?))");
		assertThat(body.get("args").get(0).asString()).isEqualTo("AAH/");
	}

	@Test
	void temporalValuesUseSingleStoreTextFormsWithMicroseconds() {
		JsonNode body = encode("SELECT ?, ?, ?, ?, ?, ?, ?", LocalDateTime.of(2024, Month.FEBRUARY, 29, 23, 59, 58, 123_456_789),
				LocalDateTime.of(2024, 1, 2, 3, 4, 5), LocalDate.of(1, 1, 1), LocalTime.of(7, 8, 9, 1000),
				Duration.ofHours(-838).minusMinutes(59).minusSeconds(59), Instant.parse("2024-05-06T07:08:09.5Z"),
				Duration.ofMillis(1500));
		assertThat(body.get("args").toString()).isEqualTo("[\"2024-02-29 23:59:58.123456\",\"2024-01-02 03:04:05\","
				+ "\"0001-01-01\",\"07:08:09.000001\",\"-838:59:59\",\"2024-05-06 07:08:09.500000\",\"0:00:01.500000\"]");
	}

	@Test
	void optionalsNullsEnumsUuidsAndCharacters() {
		UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
		JsonNode body = encode("SELECT ?, ?, ?, ?, ?, ?", Optional.of("x"), Optional.empty(), null, Month.MAY, uuid, 'c');
		assertThat(body.get("args").toString())
			.isEqualTo("[\"x\",null,null,\"MAY\",\"123e4567-e89b-12d3-a456-426614174000\",\"c\"]");
	}

	@Test
	void placeholdersInLiteralsAndCommentsAreNotArguments() {
		JsonNode body = encode("SELECT '?' /* ? */, ? -- ?", 5);
		assertThat(body.get("sql").asString()).isEqualTo("SELECT '?' /* ? */, 5 -- ?");
	}

	@Test
	void argumentValuesNeverEnterTheSqlText() {
		String injection = "x'); DROP TABLE users; --";
		JsonNode body = encode("SELECT * FROM users WHERE name = ?", injection);
		assertThat(body.get("sql").asString()).isEqualTo("SELECT * FROM users WHERE name = ?");
		assertThat(body.get("args").get(0).asString()).isEqualTo(injection);
	}

	@Test
	void placeholderCountMismatchFailsBeforeSending() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> encode("SELECT ? + ?", 1))
			.withMessage("SQL has 2 placeholder(s) but 1 argument(s) were given: SELECT ? + ?");
	}

	@Test
	void blankSqlFails() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.encoder.encode("  ", null, null))
			.withMessage("SQL must not be null or blank");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.encoder.encode(null, null, null));
	}

	@Test
	void unsupportedTypesFailWithoutTheirValue() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> encode("SELECT ?", new StringBuilder("secret")))
			.withMessageContaining("Argument 1 has unsupported type java.lang.StringBuilder")
			.withMessageNotContaining("secret");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> encode("SELECT ?", List.of(1, 2)))
			.withMessageContaining("named parameters");
	}

	@Test
	void bodiesOverTheLimitFailAndPointAtBatchUpdate() {
		StatementEncoder small = new StatementEncoder(100);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> small.encode("INSERT INTO t VALUES (?)", new Object[] { "x".repeat(200) }, null))
			.withMessageContaining("over the 100-byte limit")
			.withMessageContaining("batchUpdate");
	}

	@Test
	void nonAsciiAndControlCharactersAreEscapedJson() {
		String text = "naïve 日本 \u0000\u0001\n\t\"\\";
		JsonNode body = encode("SELECT ?", text);
		assertThat(body.get("args").get(0).asString()).isEqualTo(text);
		assertThat(new String(this.encoder.encode("SELECT ?", new Object[] { text }, null).body(),
				StandardCharsets.UTF_8)).doesNotContain("\u0000");
	}

	@Test
	void argumentTextsAreKeptForRedaction() {
		EncodedStatement statement = this.encoder.encode("SELECT ?, ?, ?", new Object[] { "secret", 42, "" }, null);
		assertThat(statement.argumentTexts()).containsExactly("secret", "42");
		assertThat(statement.toString()).doesNotContain("secret");
	}

	private JsonNode encode(String sql, Object... args) {
		List<Object> arguments = new ArrayList<>();
		for (Object arg : args) {
			arguments.add(arg);
		}
		return this.json.readTree(this.encoder.encode(sql, arguments.toArray(), "app").body());
	}

}
