package io.github.singlestorehttp.local;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest.Backend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over MariaDB, {@code TIME} values beyond a day read back whole: "Time and Date" gives {@code TIME} as "Min:
 * -838:59:59 Max: 838:59:59" (https://docs.singlestore.com/cloud/reference/sql-reference/data-types/time-and-date/).
 */
@LocalDataApiServerTest(backend = Backend.MARIADB)
class MariaDbTimeColumnsTest {

	@Test
	void timesBeyondADayReadBackWhole(LocalDataApiServer server) {
		DataApiClient client = new DataApiClient(server);
		client.execAll("CREATE TABLE durations (id INT, t TIME, t6 TIME(6))",
				"INSERT INTO durations VALUES (1, '838:59:59', '12:34:56.5'), (2, '-838:59:59', '-00:00:01')");

		String body = client.tuples("SELECT t, t6 FROM durations ORDER BY id").body();

		assertThat(body).contains("\"dataType\":\"TIME\"", "\"dataType\":\"TIME(6)\"")
			.endsWith("\"rows\":[[\"838:59:59\",\"12:34:56.500000\"],[\"-838:59:59\",\"-00:00:01.000000\"]]}]}");
	}

}
