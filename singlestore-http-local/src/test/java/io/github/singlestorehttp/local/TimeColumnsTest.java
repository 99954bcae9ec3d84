package io.github.singlestorehttp.local;

import java.net.http.HttpResponse;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest.Backend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code TIME} columns hold SingleStore's whole range: "Time and Date" gives {@code TIME} as "Min: -838:59:59 Max:
 * 838:59:59" ({@code hhh:mm:ss}) and {@code TIME(6)} as "Min: -838:59:59.000000 Max: 838:59:59.000000"
 * (https://docs.singlestore.com/cloud/reference/sql-reference/data-types/time-and-date/). Values beyond it, and text
 * that is no time, are refused with MySQL's error 1292 ("Incorrect time value") and store nothing.
 */
@LocalDataApiServerTest(backend = Backend.H2)
class TimeColumnsTest {

	private final DataApiClient client;

	TimeColumnsTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@Test
	void timeColumnsHoldTheWholeRangeAndReadBackAsMySqlPrintsThem() {
		this.client.execAll("CREATE TABLE durations (id INT, t TIME, t6 TIME(6))",
				"INSERT INTO durations VALUES (1, '838:59:59', '838:59:59.000000'), "
						+ "(2, '-838:59:59', '-838:59:59.000000'), (3, '12:34:56', '-00:00:01.500000')");

		String body = this.client.tuples("SELECT id, t, t6 FROM durations ORDER BY id").body();

		assertThat(body).isEqualTo("{\"results\":[{\"columns\":[{\"name\":\"id\",\"dataType\":\"INT\",\"nullable\":true},"
				+ "{\"name\":\"t\",\"dataType\":\"TIME\",\"nullable\":true},"
				+ "{\"name\":\"t6\",\"dataType\":\"TIME(6)\",\"nullable\":true}],\"rows\":["
				+ "[1,\"838:59:59\",\"838:59:59.000000\"],[2,\"-838:59:59\",\"-838:59:59.000000\"],"
				+ "[3,\"12:34:56\",\"-00:00:01.500000\"]]}]}");
	}

	@Test
	void timesOrderAndCompareAsDurations() {
		this.client.execAll("CREATE TABLE shifts (id INT, t TIME)",
				"INSERT INTO shifts VALUES (1, '100:00:00'), (2, '-01:00:00'), (3, '23:59:59')");

		assertThat(this.client.rowsOf("SELECT id FROM shifts ORDER BY t")).isEqualTo("[[2],[3],[1]]");
		assertThat(this.client.rowsOf("SELECT id FROM shifts WHERE t > '24:00:00'")).isEqualTo("[[1]]");
		assertThat(this.client
			.rowsOf("SELECT id FROM shifts WHERE t < TIME '00:00:00' OR t = CAST('23:59:59' AS TIME) ORDER BY id"))
			.isEqualTo("[[2],[3]]");
		assertThat(this.client.rowsOf("SELECT MAX(t), MIN(t) FROM shifts")).isEqualTo("[[\"100:00:00\",\"-01:00:00\"]]");
	}

	/**
	 * MySQL's "Date and Time Functions" page: {@code HOUR('272:59:59')} is 272, and
	 * {@code TIME_FORMAT('100:00:00', '%H %k %h %I %l')} is {@code '100 100 04 04 4'}; {@code TIME_TO_SEC} gives
	 * the seconds of a time (838 × 3600 + 59 × 60 + 59 = 3020399).
	 */
	@Test
	void timeFunctionsReadTimeColumnsBeyondOneDay() {
		this.client.execAll("CREATE TABLE spans (id INT, t TIME)",
				"INSERT INTO spans VALUES (1, '272:59:59'), (2, '100:00:00'), (3, '838:59:59'), (4, '-838:59:59')");

		assertThat(this.client.rowsOf("SELECT HOUR(t) FROM spans WHERE id = 1")).isEqualTo("[[272]]");
		assertThat(this.client.rowsOf("SELECT TIME_FORMAT(t, '%H %k %h %I %l') FROM spans WHERE id = 2"))
			.isEqualTo("[[\"100 100 04 04 4\"]]");
		assertThat(this.client.rowsOf("SELECT TIME_TO_SEC(t) FROM spans WHERE id IN (3, 4) ORDER BY id"))
			.isEqualTo("[[3020399],[-3020399]]");
	}

	/**
	 * MySQL's "The TIME Type" page: "101112 is understood as '10:11:12'"; 'D hh:mm:ss' is a TIME with days; and
	 * "Conversion of DATETIME and TIMESTAMP values: Conversion to a TIME value discards the date part".
	 */
	@Test
	void insertsAndUpdatesReadTimesAsMySqlDoes() {
		this.client.execAll("CREATE TABLE readings (id INT, t TIME)",
				"INSERT INTO readings VALUES (1, 101112), (2, '1 02:00:00'), (3, TIMESTAMP '2024-01-02 03:04:05'), "
						+ "(4, TIME '100:00:00'), (5, CAST('120:00:00' AS TIME)), (6, NULL), (7, NULL)",
				"UPDATE readings SET t = TIME '08:00:00' WHERE id = 6",
				"UPDATE readings r SET r.t = '-1 01:00:00' WHERE r.id = 7");

		assertThat(this.client.rowsOf("SELECT t FROM readings ORDER BY id")).isEqualTo("[[\"10:11:12\"],[\"26:00:00\"],"
				+ "[\"03:04:05\"],[\"100:00:00\"],[\"120:00:00\"],[\"08:00:00\"],[\"-25:00:00\"]]");
	}

	/**
	 * "CURRENT_TIME And CURTIME": "The CURRENT_TIME() and CURTIME() functions return the current time of day", a TIME
	 * in {@code HH:MM:SS} format, with {@code n} fractional seconds digits for {@code CURTIME(n)}.
	 */
	@Test
	void theCurrentTimeIsATimeOfDayThatComparesWithTimeColumns() {
		this.client.execAll("CREATE TABLE days (id INT, t TIME)",
				"INSERT INTO days VALUES (1, '-00:00:01'), (2, '24:00:00'), (3, NULL)",
				"UPDATE days SET t = CURTIME() WHERE id = 3");

		String body = this.client.tuples("SELECT CURRENT_TIME, CURTIME(6) FROM days WHERE id = 1").body();

		assertThat(body).contains("\"dataType\":\"TIME\"", "\"dataType\":\"TIME(6)\"")
			.containsPattern("\"rows\":\\[\\[\"\\d\\d:\\d\\d:\\d\\d\",\"\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\"]]");
		assertThat(this.client.rowsOf("SELECT id FROM days WHERE t < CURRENT_TIME() AND id < 3")).isEqualTo("[[1]]");
		assertThat(this.client.rowsOf("SELECT id FROM days WHERE t > CURTIME() AND id < 3")).isEqualTo("[[2]]");
		assertThat(this.client.rowsOf("SELECT COUNT(*) FROM days WHERE t BETWEEN '00:00:00' AND '23:59:59'"))
			.isEqualTo("[[1]]");
	}

	/**
	 * String functions see a TIME as MySQL prints it ({@code hhh:mm:ss}).
	 */
	@Test
	void stringFunctionsSeeATimeAsItsText() {
		this.client.execAll("CREATE TABLE clocks (id INT, t TIME)", "INSERT INTO clocks VALUES (1, '838:59:59')");

		assertThat(this.client.rowsOf("SELECT LENGTH(t), CONCAT('t=', c.t), SUBSTRING(t, 1, 3) FROM clocks c"))
			.isEqualTo("[[9,\"t=838:59:59\",\"838\"]]");
	}

	@Test
	void aTimeBeyondTheRangeIsRefusedAndNothingIsStored() {
		this.client.execAll("CREATE TABLE too_long (id INT, t TIME)", "INSERT INTO too_long VALUES (1, '01:00:00')");

		HttpResponse<String> insert = this.client.exec("INSERT INTO too_long VALUES (2, '12:00:00'), (3, '839:00:00')");
		HttpResponse<String> update = this.client.exec("UPDATE too_long SET t = '-839:00:00' WHERE id = 1");

		assertThat(insert.statusCode()).isEqualTo(400);
		assertThat(insert.body()).isEqualTo("Error 1292 (22007): Incorrect time value: '839:00:00'");
		assertThat(update.statusCode()).isEqualTo(400);
		assertThat(update.body()).isEqualTo("Error 1292 (22007): Incorrect time value: '-839:00:00'");
		assertThat(this.client.rowsOf("SELECT id, t FROM too_long")).isEqualTo("[[1,\"01:00:00\"]]");
	}

	@Test
	void arithmeticOnATimeAnswersNotSupported() {
		this.client.execAll("CREATE TABLE sums (t TIME)", "INSERT INTO sums VALUES ('01:00:00')");

		HttpResponse<String> sum = this.client.tuples("SELECT t + 0 FROM sums");

		assertThat(sum.body()).startsWith("Error 1706 (HY000): Feature 'arithmetic on TIME values' is not supported");
	}

	@Test
	void textThatIsNoTimeIsRefusedAndNothingIsStored() {
		this.client.execAll("CREATE TABLE not_times (id INT, t TIME)");

		HttpResponse<String> insert = this.client.exec("INSERT INTO not_times VALUES (1, 'half past nine')");

		assertThat(insert.statusCode()).isEqualTo(400);
		assertThat(insert.body()).isEqualTo("Error 1292 (22007): Incorrect time value: 'half past nine'");
		assertThat(this.client.rowsOf("SELECT COUNT(*) FROM not_times")).isEqualTo("[[0]]");
	}

}
