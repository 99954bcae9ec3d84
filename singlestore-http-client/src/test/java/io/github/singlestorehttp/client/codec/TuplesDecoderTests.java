package io.github.singlestorehttp.client.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;



import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class TuplesDecoderTests {

	private static final String ALL_TYPES = """
			{"results":[{"columns":[
			 {"name":"tiny","dataType":"TINYINT","nullable":false},
			 {"name":"small","dataType":"SMALLINT","nullable":true},
			 {"name":"medium","dataType":"MEDIUMINT","nullable":true},
			 {"name":"int","dataType":"INT","nullable":true},
			 {"name":"uint","dataType":"INT UNSIGNED","nullable":true},
			 {"name":"big","dataType":"BIGINT","nullable":true},
			 {"name":"ubig","dataType":"UNSIGNED BIGINT","nullable":true},
			 {"name":"f","dataType":"FLOAT","nullable":true},
			 {"name":"d","dataType":"DOUBLE","nullable":true},
			 {"name":"dec","dataType":"DECIMAL(30,18)","nullable":true},
			 {"name":"date","dataType":"DATE","nullable":true},
			 {"name":"time","dataType":"TIME(6)","nullable":true},
			 {"name":"longtime","dataType":"TIME","nullable":true},
			 {"name":"dt","dataType":"DATETIME(6)","nullable":true},
			 {"name":"ts","dataType":"timestamp","nullable":true},
			 {"name":"zero","dataType":"DATETIME","nullable":true},
			 {"name":"year","dataType":"YEAR","nullable":true},
			 {"name":"text","dataType":"VARCHAR","nullable":true},
			 {"name":"blob","dataType":"BLOB","nullable":true},
			 {"name":"bit","dataType":"BIT","nullable":true},
			 {"name":"json","dataType":"JSON","nullable":true},
			 {"name":"jsonstr","dataType":"JSON","nullable":true},
			 {"name":"geo","dataType":"GEOGRAPHYPOINT","nullable":true},
			 {"name":"vec","dataType":"VECTOR(2, F32)","nullable":true},
			 {"name":"nothing","dataType":"VARCHAR","nullable":true}],
			"rows":[[-128, 32767, -8388608, 2147483647, 4294967295, 9223372036854775807, 18446744073709551615,
			 -1.46487e8, 1.7976931348623157e+308, "123456789012.123456789012345678", "2024-02-29",
			 "23:59:59.999999", "-838:59:59", "1756-10-29 02:02:42.000008", "2038-01-19 03:14:07",
			 "0000-00-00 00:00:00", "2155", "naïve ☃", "AAEC/w==", "AAAAAAAAAIA=",
			 {"a":[1,2.50,{"b":null}],"c":"x"}, "str", "POINT(-74.04 40.68)", "[0.1,0.2]", null]]}]}""";

	@Test
	void decodesEveryColumnTypeExactly() {
		DecodedRow row = decodeAll(ALL_TYPES, Integer.MAX_VALUE).get(0);
		assertThat(row.get("tiny")).isEqualTo(-128);
		assertThat(row.get("small")).isEqualTo(32767);
		assertThat(row.get("medium")).isEqualTo(-8388608);
		assertThat(row.get("int")).isEqualTo(2147483647);
		assertThat(row.get("uint")).isEqualTo(4294967295L);
		assertThat(row.get("big")).isEqualTo(Long.MAX_VALUE);
		assertThat(row.get("ubig")).isEqualTo(new BigInteger("18446744073709551615"));
		assertThat(row.get("f")).isEqualTo(-1.46487e8f);
		assertThat(row.get("d")).isEqualTo(Double.MAX_VALUE);
		assertThat(row.get("dec")).isEqualTo(new BigDecimal("123456789012.123456789012345678"));
		assertThat(row.get("date")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(row.get("time")).isEqualTo(LocalTime.of(23, 59, 59, 999_999_000));
		assertThat(row.get("longtime")).isEqualTo(Duration.ofHours(838).plusMinutes(59).plusSeconds(59).negated());
		assertThat(row.get("dt")).isEqualTo(LocalDateTime.of(1756, 10, 29, 2, 2, 42, 8_000));
		assertThat(row.get("ts")).isEqualTo(LocalDateTime.of(2038, 1, 19, 3, 14, 7));
		assertThat(row.get("zero")).isNull();
		assertThat(row.get("year")).isEqualTo(2155);
		assertThat(row.get("text")).isEqualTo("naïve ☃");
		assertThat((byte[]) row.get("blob")).containsExactly(0, 1, 2, 0xff);
		assertThat((byte[]) row.get("bit")).containsExactly(0, 0, 0, 0, 0, 0, 0, 0x80);
		assertThat(row.get("json")).isEqualTo("{\"a\":[1,2.50,{\"b\":null}],\"c\":\"x\"}");
		assertThat(row.get("jsonstr")).isEqualTo("\"str\"");
		assertThat(row.get("geo")).isEqualTo("POINT(-74.04 40.68)");
		assertThat(row.get("vec")).isEqualTo("[0.1,0.2]");
		assertThat(row.get("nothing")).isNull();
		assertThat(row.columns().get(9)).isEqualTo(new DecodedColumn("dec", "DECIMAL(30,18)", true));
	}

	@Test
	void decodesTheSameWhateverTheChunking() {
		List<DecodedRow> whole = decodeAll(ALL_TYPES, Integer.MAX_VALUE);
		List<DecodedRow> byteByByte = decodeAll(ALL_TYPES, 1);
		assertThat(byteByByte).hasSize(1);
		assertThat(byteByByte.get(0).toMap()).usingRecursiveComparison().isEqualTo(whole.get(0).toMap());
	}

	@Test
	void emitsRowsAsTheirChunksArrive() {
		String body = "{\"results\":[{\"columns\":[{\"name\":\"n\",\"dataType\":\"BIGINT\",\"nullable\":false}],"
				+ "\"rows\":[[1],[2],[3]]}]}";
		TuplesDecoder<DecodedRow> decoder = new TuplesDecoder<>(DecodedRow.FACTORY);
		int split = body.indexOf("[2]");
		assertThat(decoder.decode(buffer(body.substring(0, split)))).extracting((row) -> row.get(0)).containsExactly(1L);
		assertThat(decoder.decode(buffer(body.substring(split)))).extracting((row) -> row.get(0))
			.containsExactly(2L, 3L);
		assertThat(decoder.finish()).isEmpty();
	}

	@Test
	void emptyResultHasColumnsAndNoRows() {
		List<List<DecodedColumn>> columns = new ArrayList<>();
		TuplesDecoder<DecodedRow> decoder = new TuplesDecoder<>((decoded) -> {
			columns.add(decoded);
			return DecodedRow.FACTORY.forColumns(decoded);
		});
		assertThat(decoder.decode(buffer(
				"{\"results\":[{\"columns\":[{\"name\":\"n\",\"dataType\":\"INT\",\"nullable\":true}],\"rows\":[]}]}")))
			.isEmpty();
		assertThat(decoder.finish()).isEmpty();
		assertThat(columns).singleElement().isEqualTo(List.of(new DecodedColumn("n", "INT", true)));
	}

	@Test
	void noResultSetIsAnEmptyResult() {
		assertThat(decodeAll("{\"results\":[]}", 4)).isEmpty();
	}

	@Test
	void laterResultSetsAndUnknownMembersAreSkipped() {
		String body = "{\"extra\":{\"x\":[1,{\"y\":2}]},\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"INT\","
				+ "\"nullable\":true,\"more\":[1]}],\"rows\":[[1]]},{\"columns\":[{\"name\":\"b\",\"dataType\":\"INT\","
				+ "\"nullable\":true}],\"rows\":[[2],[3]]}]}";
		assertThat(decodeAll(body, 3)).extracting((row) -> row.get(0)).containsExactly(1);
	}

	@Test
	void errorAfterRowsIsRaisedAtTheEnd() {
		String body = "{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"INT\",\"nullable\":true}],"
				+ "\"rows\":[[1]]}],\"error\":{\"code\":1317,\"message\":\"Query execution was interrupted\"}}";
		TuplesDecoder<DecodedRow> decoder = new TuplesDecoder<>(DecodedRow.FACTORY);
		assertThat(decoder.decode(buffer(body))).hasSize(1);
		assertThatExceptionOfType(StreamedErrorException.class).isThrownBy(decoder::finish)
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo(new StreamedError(1317, "Query execution was interrupted")));
	}

	@Test
	void truncatedBodyFails() {
		TuplesDecoder<DecodedRow> decoder = new TuplesDecoder<>(DecodedRow.FACTORY);
		decoder.decode(buffer(ALL_TYPES.substring(0, ALL_TYPES.length() / 2)));
		assertThatExceptionOfType(MalformedResponseException.class).isThrownBy(decoder::finish)
			.withMessageContaining("truncated");
	}

	@Test
	void emptyBodyFails() {
		TuplesDecoder<DecodedRow> decoder = new TuplesDecoder<>(DecodedRow.FACTORY);
		assertThatExceptionOfType(MalformedResponseException.class).isThrownBy(decoder::finish)
			.withMessage("Response body is empty");
	}

	@Test
	void htmlFails() {
		TuplesDecoder<DecodedRow> decoder = new TuplesDecoder<>(DecodedRow.FACTORY);
		assertThatExceptionOfType(MalformedResponseException.class)
			.isThrownBy(() -> decoder.decode(buffer("<html><body>502 Bad Gateway</body></html>")));
	}

	@Test
	void wrongShapesFail() {
		assertThatExceptionOfType(MalformedResponseException.class)
			.isThrownBy(() -> decodeAll("[1,2]", 100))
			.withMessageContaining("Expected a JSON object");
		assertThatExceptionOfType(MalformedResponseException.class)
			.isThrownBy(() -> decodeAll("{\"results\":[{\"rows\":[[1]]}]}", 100))
			.withMessageContaining("rows before its columns");
		assertThatExceptionOfType(MalformedResponseException.class)
			.isThrownBy(() -> decodeAll(
					"{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"INT\",\"nullable\":true}],\"rows\":[[1,2]]}]}",
					100))
			.withMessageContaining("more values than the 1 columns");
		assertThatExceptionOfType(MalformedResponseException.class)
			.isThrownBy(() -> decodeAll(
					"{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"INT\",\"nullable\":true}],\"rows\":[[{}]]}]}",
					100))
			.withMessageContaining("holds a JSON structure");
		assertThatExceptionOfType(MalformedResponseException.class)
			.isThrownBy(() -> decodeAll("{\"results\":[]} {}", 100))
			.withMessageContaining("after the end");
	}

	@Test
	void badValuesFailAsMalformed() {
		assertThatExceptionOfType(MalformedResponseException.class).isThrownBy(() -> decodeAll(
				"{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"DATE\",\"nullable\":true}],\"rows\":[[\"soon\"]]}]}",
				100));
	}

	@Test
	void binaryTextThatIsNotBase64FailsAsMalformed() {
		// U+0141 would read as 'A' if only its low byte were looked at.
		for (String text : new String[] { "AAE\u0141", "AA=A", "A" }) {
			assertThatExceptionOfType(MalformedResponseException.class).as(text)
				.isThrownBy(() -> decodeAll(singleValue("VARBINARY", text), 100));
		}
		assertThat(decodeAll(singleValue("VARBINARY", "AAEC/w=="), 3).get(0).get(0)).isEqualTo(new byte[] { 0, 1, 2, -1 });
	}

	@Test
	void jsonValuesOfEveryKindKeepTheirTextRowAfterRow() {
		String body = "{\"results\":[{\"columns\":[{\"name\":\"j\",\"dataType\":\"JSON\",\"nullable\":true}],"
				+ "\"rows\":[[{\"a\":1}],[[1,2.50]],[\"x\\\"y\"],[1.0E3],[true],[null],[{}],[{\"b\":[{\"c\":\"é\"}]}]]}]}";
		for (int chunkSize : new int[] { 1, 7, Integer.MAX_VALUE }) {
			assertThat(decodeAll(body, chunkSize)).extracting((row) -> row.get(0))
				.containsExactly("{\"a\":1}", "[1,2.50]", "\"x\\\"y\"", "1.0E3", "true", null, "{}",
						"{\"b\":[{\"c\":\"é\"}]}");
		}
	}

	@Test
	void jsonStructuresKeepTheServersTextWhereverChunksEndAndWhateverBuffersHoldThem() {
		String body = "{\"results\":[{\"columns\":[{\"name\":\"j\",\"dataType\":\"JSON\",\"nullable\":true},"
				+ "{\"name\":\"v\",\"dataType\":\"VECTOR(2, F32)\",\"nullable\":true}],"
				+ "\"rows\":[[{ \"a\" : [1, 2.50e0] ,\"é\":\"☃\"}, [0.5, -1]],[[], [1e-3,2]]]}]}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		for (int chunkSize = 1; chunkSize <= bytes.length; chunkSize++) {
			for (ChunkKind kind : ChunkKind.values()) {
				TuplesDecoder<DecodedRow> decoder = new TuplesDecoder<>(DecodedRow.FACTORY);
				List<DecodedRow> rows = new ArrayList<>();
				for (int offset = 0; offset < bytes.length; offset += chunkSize) {
					rows.addAll(decoder.decode(kind.chunk(bytes, offset, Math.min(chunkSize, bytes.length - offset))));
				}
				rows.addAll(decoder.finish());
				assertThat(rows).as("%s chunks of %d bytes", kind, chunkSize)
					.extracting((row) -> row.get(0), (row) -> row.get(1))
					.containsExactly(tuple("{ \"a\" : [1, 2.50e0] ,\"é\":\"☃\"}", "[0.5, -1]"), tuple("[]", "[1e-3,2]"));
			}
		}
	}

	/** The kinds of buffers a response's chunks arrive in. */
	private enum ChunkKind {

		HEAP, DIRECT, READ_ONLY;

		ByteBuffer chunk(byte[] bytes, int offset, int length) {
			ByteBuffer heap = ByteBuffer.wrap(bytes, offset, length);
			return switch (this) {
				case HEAP -> heap;
				case DIRECT -> ByteBuffer.allocateDirect(length).put(heap).flip();
				case READ_ONLY -> heap.asReadOnlyBuffer();
			};
		}

	}

	@Test
	void timesAndDateTimesAreReadInEveryFormTheServerSends() {
		String body = "{\"results\":[{\"columns\":[{\"name\":\"t\",\"dataType\":\"TIME\",\"nullable\":true},"
				+ "{\"name\":\"dt\",\"dataType\":\"DATETIME\",\"nullable\":true}],\"rows\":["
				+ "[\"00:00:00\",\"2024-01-02T03:04:05\"],[\"838:59:59.5\",\"0000-00-00 00:00:00.000000\"],"
				+ "[\"-00:00:01.000001\",\"9999-12-31 23:59:59.999999999\"],[\"24:00:00\",\"2024-02-29 00:00:00.1\"]]}]}";
		List<DecodedRow> rows = decodeAll(body, 5);
		assertThat(rows).extracting((row) -> row.get("t"))
			.containsExactly(LocalTime.MIDNIGHT, Duration.parse("PT838H59M59.5S"), Duration.parse("-PT1.000001S"),
					Duration.ofHours(24));
		assertThat(rows).extracting((row) -> row.get("dt"))
			.containsExactly(LocalDateTime.of(2024, 1, 2, 3, 4, 5), null,
					LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999), LocalDateTime.of(2024, 2, 29, 0, 0, 0, 100_000_000));
	}

	@Test
	void malformedTimesAndDatesFailAsMalformed() {
		for (String time : new String[] { "12:60:00", "12:00", "1:2:3", "12:00:00.", "12:00:00,5", "x1:00:00",
				"1234567890:00:00", "12:00:00.1234567890" }) {
			assertThatExceptionOfType(MalformedResponseException.class)
				.as(time)
				.isThrownBy(() -> decodeAll(singleValue("TIME", time), 100));
		}
		for (String dateTime : new String[] { "2024-01-01", "2024-01-01 25:00:00", "2024-13-01 00:00:00",
				"2024/01/01 00:00:00", "2024-01-01_00:00:00", "2023-02-29 00:00:00" }) {
			assertThatExceptionOfType(MalformedResponseException.class)
				.as(dateTime)
				.isThrownBy(() -> decodeAll(singleValue("DATETIME", dateTime), 100));
		}
	}

	private static String singleValue(String dataType, String value) {
		return "{\"results\":[{\"columns\":[{\"name\":\"v\",\"dataType\":\"" + dataType
				+ "\",\"nullable\":true}],\"rows\":[[\"" + value + "\"]]}]}";
	}

	private static List<DecodedRow> decodeAll(String body, int chunkSize) {
		TuplesDecoder<DecodedRow> decoder = new TuplesDecoder<>(DecodedRow.FACTORY);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		List<DecodedRow> rows = new ArrayList<>();
		for (int offset = 0; offset < bytes.length; offset += chunkSize) {
			rows.addAll(decoder.decode(ByteBuffer.wrap(bytes, offset, Math.min(chunkSize, bytes.length - offset))));
		}
		rows.addAll(decoder.finish());
		return rows;
	}

	private static ByteBuffer buffer(String text) {
		return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

}
