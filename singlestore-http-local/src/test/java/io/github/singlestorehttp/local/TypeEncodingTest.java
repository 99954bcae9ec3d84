package io.github.singlestorehttp.local;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Column {@code dataType} names and value encodings, checked on the exact JSON text.
 */
@LocalDataApiServerTest
class TypeEncodingTest {

	private final DataApiClient client;

	TypeEncodingTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@BeforeAll
	static void createTableWithEveryType(LocalDataApiServer server) {
		new DataApiClient(server).execAll("""
				CREATE TABLE all_types (
				  id BIGINT AUTO_INCREMENT PRIMARY KEY,
				  c_tinyint TINYINT, c_bool BOOLEAN, c_smallint SMALLINT, c_mediumint MEDIUMINT, c_int INT,
				  c_bigint BIGINT, c_real REAL, c_float FLOAT, c_double DOUBLE, c_decimal DECIMAL(10,2),
				  c_wide_decimal DECIMAL(20,6), c_date DATE, c_time TIME, c_time3 TIME(3), c_datetime DATETIME,
				  c_datetime6 DATETIME(6), c_timestamp TIMESTAMP(6), c_year YEAR, c_char CHAR(5), c_varchar VARCHAR(20),
				  c_enum ENUM('small', 'large'), c_tinytext TINYTEXT, c_text TEXT, c_mediumtext MEDIUMTEXT,
				  c_longtext LONGTEXT, c_binary BINARY(3), c_varbinary VARBINARY(10), c_tinyblob TINYBLOB, c_blob BLOB,
				  c_mediumblob MEDIUMBLOB, c_longblob LONGBLOB, c_json JSON, c_bit BIT)""", """
				INSERT INTO all_types (c_tinyint, c_bool, c_smallint, c_mediumint, c_int, c_bigint, c_real, c_float,
				  c_double, c_decimal, c_wide_decimal, c_date, c_time, c_time3, c_datetime, c_datetime6, c_timestamp,
				  c_year, c_char, c_varchar, c_enum, c_tinytext, c_text, c_mediumtext, c_longtext, c_binary, c_varbinary,
				  c_tinyblob, c_blob, c_mediumblob, c_longblob, c_json, c_bit)
				VALUES (-128, TRUE, 32767, 8388607, -2147483648, 9223372036854775807, 1.5, 2.25, -474646154.719356,
				  12.30, -99999999999999.999999, '2024-02-29', '13:14:15', '01:02:03.5', '2024-01-02 03:04:05',
				  '2024-01-02 03:04:05.000008', '2038-01-19 03:14:07.999999', 2024, 'ab', 'h\u00e9llo "q"', 'large', 'tt',
				  'text', 'medium', 'long', X'010203', FROM_BASE64('ZGF0YWJhc2Vz'), X'00', X'00FF', X'FF', X'', 
				  '{"a":10,"b":2.75,"c":"hello world"}', TRUE)""",
				"INSERT INTO all_types (id) VALUES (2)");
	}

	@Test
	void everyColumnTypeIsNamedAndEncodedLikeTheDataApi() {
		String body = this.client.tuples("SELECT * FROM all_types ORDER BY id").body();

		assertThat(body).isEqualTo("{\"results\":[{\"columns\":["
				+ column("id", "BIGINT", false) + "," + column("c_tinyint", "TINYINT") + ","
				+ column("c_bool", "TINYINT") + "," + column("c_smallint", "SMALLINT") + ","
				+ column("c_mediumint", "MEDIUMINT") + "," + column("c_int", "INT") + "," + column("c_bigint", "BIGINT") + ","
				+ column("c_real", "DOUBLE") + "," + column("c_float", "FLOAT") + "," + column("c_double", "DOUBLE") + ","
				+ column("c_decimal", "DECIMAL(10,2)") + "," + column("c_wide_decimal", "DECIMAL(20,6)") + ","
				+ column("c_date", "DATE") + "," + column("c_time", "TIME") + "," + column("c_time3", "TIME(3)") + ","
				+ column("c_datetime", "DATETIME") + "," + column("c_datetime6", "DATETIME(6)") + ","
				+ column("c_timestamp", "TIMESTAMP(6)") + "," + column("c_year", "YEAR") + ","
				+ column("c_char", "CHAR") + "," + column("c_varchar", "VARCHAR") + "," + column("c_enum", "VARCHAR") + ","
				+ column("c_tinytext", "TINYTEXT") + "," + column("c_text", "TEXT") + ","
				+ column("c_mediumtext", "MEDIUMTEXT") + "," + column("c_longtext", "LONGTEXT") + ","
				+ column("c_binary", "BINARY") + "," + column("c_varbinary", "VARBINARY") + ","
				+ column("c_tinyblob", "TINYBLOB") + "," + column("c_blob", "BLOB") + ","
				+ column("c_mediumblob", "MEDIUMBLOB") + "," + column("c_longblob", "LONGBLOB") + ","
				+ column("c_json", "JSON") + "," + column("c_bit", "BIT") + "],\"rows\":["
				+ "[1,-128,1,32767,8388607,-2147483648,9223372036854775807,1.5,2.25,-4.74646154719356E8,\"12.30\","
				+ "\"-99999999999999.999999\",\"2024-02-29\",\"13:14:15\",\"01:02:03.500\",\"2024-01-02 03:04:05\","
				+ "\"2024-01-02 03:04:05.000008\",\"2038-01-19 03:14:07.999999\",\"2024\",\"ab\",\"h\u00e9llo \\\"q\\\"\","
				+ "\"large\",\"tt\",\"text\",\"medium\",\"long\",\"AQID\",\"ZGF0YWJhc2Vz\",\"AA==\",\"AP8=\",\"/w==\",\"\","
				+ "{\"a\":10,\"b\":2.75,\"c\":\"hello world\"},\"AAAAAAAAAAE=\"],"
				+ "[2" + ",null".repeat(33) + "]]}]}");
	}

	@Test
	void rowsEndpointUsesTheSameValueEncodings() {
		String body = this.client
			.rows("SELECT c_bool, c_decimal, c_datetime6, c_varbinary, c_json FROM all_types WHERE id = 1")
			.body();

		assertThat(body).isEqualTo("{\"results\":[{\"rows\":[{\"c_bool\":1,\"c_decimal\":\"12.30\","
				+ "\"c_datetime6\":\"2024-01-02 03:04:05.000008\",\"c_varbinary\":\"ZGF0YWJhc2Vz\","
				+ "\"c_json\":{\"a\":10,\"b\":2.75,\"c\":\"hello world\"}}]}]}");
	}

	@Test
	void jsonColumnsEmbedEveryKindOfJsonValue() {
		this.client.execAll("CREATE TABLE documents (id INT PRIMARY KEY, doc JSON)");
		this.client.execAll("INSERT INTO documents VALUES (1, '[1,\"two\",null]'), (2, '\"text\"'), (3, '42'), "
				+ "(4, 'true'), (5, '{\"nested\":{\"k\":[]}}')");

		assertThat(this.client.tuples("SELECT doc FROM documents ORDER BY id").body()).endsWith(
				"\"rows\":[[[1,\"two\",null]],[\"text\"],[42],[true],[{\"nested\":{\"k\":[]}}]]}]}");
	}

	@Test
	void declaredTypesFollowTableChanges() {
		this.client.execAll("CREATE TABLE changing (c TEXT)");
		assertThat(this.client.tuples("SELECT c FROM changing").body()).contains(column("c", "TEXT"));

		this.client.execAll("DROP TABLE changing", "CREATE TABLE changing (c LONGBLOB)");
		assertThat(this.client.tuples("SELECT c FROM changing").body()).contains(column("c", "LONGBLOB"));

		this.client.execAll("ALTER TABLE changing ALTER COLUMN c SET DATA TYPE VARBINARY(8)");
		assertThat(this.client.tuples("SELECT c FROM changing").body()).contains(column("c", "VARBINARY"));
	}

	@Test
	void expressionsHaveTypesAndFractionalSecondsStopAtMicroseconds() {
		String body = this.client.tuples("SELECT NULL AS n, 1.50 AS d, 'x' AS s, CAST(1 AS DOUBLE) AS f, "
				+ "TIMESTAMP WITH TIME ZONE '2024-06-01 12:00:00.25+00:00' AS tz").body();
		String local = LocalDateTime
			.ofInstant(OffsetDateTime.parse("2024-06-01T12:00:00.25Z").toInstant(), ZoneId.systemDefault())
			.format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS"));

		assertThat(body).isEqualTo("{\"results\":[{\"columns\":[" + column("n", "NULL") + ","
				+ column("d", "DECIMAL(3,2)") + "," + column("s", "VARCHAR") + "," + column("f", "DOUBLE") + ","
				+ column("tz", "TIMESTAMP(6)") + "],\"rows\":[[null,\"1.50\",\"x\",1.0,\"" + local + "\"]]}]}");
	}

	private static String column(String name, String dataType) {
		return column(name, dataType, true);
	}

	private static String column(String name, String dataType, boolean nullable) {
		return "{\"name\":\"" + name + "\",\"dataType\":\"" + dataType + "\",\"nullable\":" + nullable + "}";
	}

}
