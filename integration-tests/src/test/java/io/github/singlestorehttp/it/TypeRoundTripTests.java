package io.github.singlestorehttp.it;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.singlestorehttp.client.ColumnMetadata;
import io.github.singlestorehttp.client.Row;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column type written through the template and read back exactly, with edge values.
 */
@LocalDataApiServerTest
class TypeRoundTripTests {

	private static SingleStoreTemplate template;

	@BeforeAll
	static void createTable(LocalDataApiServer server) {
		template = Templates.connectedTo(server);
		template.update("""
				CREATE TABLE all_types (
				  id INT PRIMARY KEY,
				  b BOOLEAN, ti TINYINT, si SMALLINT, i INT, bi BIGINT,
				  f FLOAT(10), d DOUBLE, dcm DECIMAL(36,18),
				  dt DATE, tm TIME(6), dtm DATETIME(6), ts TIMESTAMP(6),
				  vc VARCHAR(200), tx TEXT, vb VARBINARY(300), bl BLOB, js JSON, uu CHAR(36))""");
	}

	@Test
	void maximumsAndPrecisionSurvive() {
		byte[] everyByte = new byte[256];
		for (int i = 0; i < 256; i++) {
			everyByte[i] = (byte) i;
		}
		UUID uuid = UUID.randomUUID();
		Object[] values = { 1, true, 127, 32767, Integer.MAX_VALUE, Long.MAX_VALUE, 3.5f, Double.MAX_VALUE,
				new BigDecimal("123456789012345678.123456789012345678"), LocalDate.of(9999, 12, 31),
				LocalTime.of(23, 59, 59, 999_999_000), LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000),
				LocalDateTime.of(1970, 1, 2, 0, 0, 0, 1_000), "naïve 日本語 ☃ \u0001", "x".repeat(5000), everyByte,
				new byte[0], "{\"a\":[1,2.5,null],\"b\":{\"c\":\"d\"}}", uuid };
		insert(values);
		Row row = select(1);
		assertThat(row.get("b", Boolean.class)).isTrue();
		assertThat(row.get("ti")).isEqualTo(127);
		assertThat(row.get("si")).isEqualTo(32767);
		assertThat(row.get("i")).isEqualTo(Integer.MAX_VALUE);
		assertThat(row.get("bi")).isEqualTo(Long.MAX_VALUE);
		assertThat(row.get("f", Float.class)).isEqualTo(3.5f);
		assertThat(row.get("d")).isEqualTo(Double.MAX_VALUE);
		assertThat(row.get("dcm")).isEqualTo(new BigDecimal("123456789012345678.123456789012345678"));
		assertThat(row.get("dt")).isEqualTo(LocalDate.of(9999, 12, 31));
		assertThat(row.get("tm")).isEqualTo(LocalTime.of(23, 59, 59, 999_999_000));
		assertThat(row.get("dtm")).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000));
		assertThat(row.get("ts")).isEqualTo(LocalDateTime.of(1970, 1, 2, 0, 0, 0, 1_000));
		assertThat(row.get("vc")).isEqualTo("naïve 日本語 ☃ \u0001");
		assertThat(row.get("tx")).isEqualTo("x".repeat(5000));
		assertThat((byte[]) row.get("vb")).containsExactly(everyByte);
		assertThat((byte[]) row.get("bl")).isEmpty();
		assertThat(row.get("js")).isEqualTo("{\"a\":[1,2.5,null],\"b\":{\"c\":\"d\"}}");
		assertThat(row.get("uu", UUID.class)).isEqualTo(uuid);
	}

	@Test
	void minimumsAndIntegersBeyondDoublePrecisionSurvive() {
		long beyondDouble = (1L << 53) + 1;
		insert(2, false, -128, -32768, Integer.MIN_VALUE, Long.MIN_VALUE, -1.25f, -Double.MIN_VALUE,
				new BigDecimal("-999999999999999999.999999999999999999"), LocalDate.of(1, 1, 1), LocalTime.MIDNIGHT,
				LocalDateTime.of(1000, 1, 1, 0, 0), LocalDateTime.of(1970, 1, 1, 0, 0, 1), "", "", new byte[] { 0 },
				null, "[]", null);
		insert(3, null, null, null, null, beyondDouble, null, null, new BigDecimal("0.000000000000000001"), null,
				null, null, null, null, null, null, null, "\"text\"", null);
		Row minimums = select(2);
		assertThat(minimums.get("b", Boolean.class)).isFalse();
		assertThat(minimums.get("ti")).isEqualTo(-128);
		assertThat(minimums.get("i")).isEqualTo(Integer.MIN_VALUE);
		assertThat(minimums.get("bi")).isEqualTo(Long.MIN_VALUE);
		assertThat(minimums.get("dcm")).isEqualTo(new BigDecimal("-999999999999999999.999999999999999999"));
		assertThat(minimums.get("dt")).isEqualTo(LocalDate.of(1, 1, 1));
		assertThat(minimums.get("tm")).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(minimums.get("vc")).isEqualTo("");
		assertThat((byte[]) minimums.get("vb")).containsExactly(0);
		assertThat(minimums.get("bl")).isNull();
		assertThat(minimums.get("js")).isEqualTo("[]");
		Row nulls = select(3);
		assertThat(nulls.get("bi")).isEqualTo(beyondDouble);
		assertThat(nulls.get("dcm")).isEqualTo(new BigDecimal("0.000000000000000001"));
		assertThat(nulls.get("js")).isEqualTo("\"text\"");
		assertThat(nulls.get("b")).isNull();
		assertThat(nulls.get("dtm")).isNull();
	}

	@Test
	void columnMetadataDescribesTheTypes() {
		insert(4, true, 1, 1, 1, 1L, 1f, 1d, BigDecimal.ONE, null, null, LocalDateTime.now(), null, "a", "b", null,
				null, null, null);
		List<ColumnMetadata> columns = select(4).columns();
		assertThat(columns).extracting(ColumnMetadata::name).startsWith("id", "b", "ti");
		assertThat(columns.get(0)).isEqualTo(new ColumnMetadata("id", "INT", false));
		assertThat(columns).extracting(ColumnMetadata::dataType)
			.contains("BIGINT", "DOUBLE", "DECIMAL(36,18)", "DATE", "TIME(6)", "DATETIME(6)", "JSON");
	}

	@Test
	void textArgumentsCastOnTheServerReadBackTyped() {
		List<Map<String, Object>> rows = template.query("SELECT CAST(? AS TIME(3)) AS t, CAST(? AS DECIMAL(5,2)) AS d",
				"12:34:56.789", "12.5");
		assertThat(rows.get(0)).containsEntry("t", LocalTime.of(12, 34, 56, 789_000_000))
			.containsEntry("d", new BigDecimal("12.50"));
	}

	@Test
	void limitWithALargeIntegerArgumentWorks() {
		assertThat(template.query("SELECT 1 AS one LIMIT ?", 1_000_000)).hasSize(1);
	}

	private static void insert(Object... values) {
		template.update("INSERT INTO all_types VALUES (" + "?, ".repeat(values.length - 1) + "?)", values);
	}

	private static Row select(int id) {
		return template.reactive().queryRows("SELECT * FROM all_types WHERE id = ?", id).blockFirst();
	}

}
