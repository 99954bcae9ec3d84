package io.github.singlestorehttp.local;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code args} are bound, with the real server's float64 decoding of numbers (the default) and without it.
 */
@LocalDataApiServerTest
class ArgumentBindingTest {

	private final DataApiClient client;

	ArgumentBindingTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@BeforeAll
	static void createTable(LocalDataApiServer server) {
		new DataApiClient(server).execAll("CREATE TABLE vals (id INT AUTO_INCREMENT PRIMARY KEY, "
				+ "s VARCHAR(20), flag BOOLEAN, tiny TINYINT, big BIGINT, dec DECIMAL(30,3), bin VARBINARY(20))");
	}

	@Test
	void stringsBooleansAndNullsBind() {
		long id = insert("INSERT INTO vals (s, flag, tiny, big) VALUES (?, ?, ?, ?)", "it's", true, false, null);

		assertThat(select("s, flag, tiny, big", id)).isEqualTo("[\"it's\",1,0,null]");
	}

	@Test
	void stringsConvertToTheColumnType() {
		long id = insert("INSERT INTO vals (big, dec) VALUES (?, ?)", "9007199254740993", "12345678901234567890.125");

		assertThat(select("big, dec", id)).isEqualTo("[9007199254740993,\"12345678901234567890.125\"]");
	}

	@Test
	void numbersLoseDigitsBeyond2To53LikeTheRealServer() {
		long id = insert("INSERT INTO vals (big, dec) VALUES (?, ?)", 9007199254740993L,
				new BigDecimal("12345678901234567890.125"));

		assertThat(select("big, dec", id)).isEqualTo("[9007199254740992,\"12345678901234567168.000\"]");
	}

	@Test
	void smallNumbersAreExactEitherWay() {
		assertThat(this.client.tuples("SELECT ? AS i, ? AS f", 42, 0.5).body()).endsWith("\"rows\":[[42,0.5]]}]}");
	}

	@Test
	void exactModeKeepsEveryDigit() {
		try (LocalDataApiServer exact = LocalDataApiServer.builder().goNumberFidelity(false).build().start()) {
			DataApiClient exactClient = new DataApiClient(exact);
			exactClient.execAll("CREATE TABLE nums (big BIGINT, dec DECIMAL(30,3))");
			assertThat(exactClient.exec("INSERT INTO nums VALUES (?, ?)", 9007199254740993L,
					new BigDecimal("12345678901234567890.125")).statusCode()).isEqualTo(200);

			assertThat(exactClient.tuples("SELECT big, dec FROM nums").body())
				.endsWith("\"rows\":[[9007199254740993,\"12345678901234567890.125\"]]}]}");
		}
	}

	@Test
	void exactModeRefusesHugeExponentsLikeTheFloat64Mode() {
		try (LocalDataApiServer exact = LocalDataApiServer.builder().goNumberFidelity(false).build().start()) {
			DataApiClient exactClient = new DataApiClient(exact);

			for (String number : new String[] { "1e999999999", "1e10000000", "-1e400" }) {
				HttpResponse<String> response = exactClient.post("/api/v2/query/rows",
						"{\"sql\":\"SELECT ? AS n\",\"args\":[" + number + "]}");

				assertThat(response.statusCode()).isEqualTo(400);
				assertThat(response.body()).isEqualTo("Argument 0: number "
						+ new BigDecimal(number).toString() + " is out of range for float64");
			}
		}
	}

	@Test
	void bytesTravelAsBase64ThroughFromBase64() {
		long id = insert("INSERT INTO vals (bin) VALUES (FROM_BASE64(?))", "AAEC/w==");

		assertThat(select("bin, TO_BASE64(bin) AS again", id)).isEqualTo("[\"AAEC/w==\",\"AAEC/w==\"]");
	}

	@Test
	void fromBase64OfInvalidTextIsNull() {
		assertThat(this.client.rows("SELECT FROM_BASE64(?) AS b", "not base64!").body())
			.isEqualTo("{\"results\":[{\"rows\":[{\"b\":null}]}]}");
	}

	@Test
	void toBase64BreaksLinesEvery76CharactersLikeMySql() {
		String body = this.client.rows("SELECT TO_BASE64(?) AS b", "x".repeat(60)).body();

		assertThat(body).isEqualTo("{\"results\":[{\"rows\":[{\"b\":\"" + "eHh4".repeat(19) + "\\n" + "eHh4".repeat(1)
				+ "\"}]}]}");
	}

	private long insert(String sql, Object... args) {
		return DataApiClient.json(this.client.exec(sql, args)).get("lastInsertId").longValue();
	}

	private String select(String columns, long id) {
		return DataApiClient.json(this.client.tuples("SELECT " + columns + " FROM vals WHERE id = ?", id))
			.get("results").get(0).get("rows").get(0).toString();
	}

}
