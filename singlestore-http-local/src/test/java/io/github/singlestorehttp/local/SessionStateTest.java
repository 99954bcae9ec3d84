package io.github.singlestorehttp.local;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request starts from the same session state, as on the stateless Data API: user variables, the schema search
 * path, the lock timeout, the isolation level, the time zone, session settings and temporary tables set by one
 * request are not seen by the next, whichever pooled connection serves it.
 */
class SessionStateTest {

	private static final int POOL_SIZE = 4;

	private static final int REQUESTS = 6 * POOL_SIZE;

	/** What H2 reports of a session's state; the current schema is set by every request. */
	private static final String SESSION_STATE = """
			SELECT @leak AS leak, LOCK_TIMEOUT() AS lock_timeout,
			  (SELECT ISOLATION_LEVEL FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()) AS isolation,
			  (SELECT LISTAGG(STATE_COMMAND, '; ') WITHIN GROUP (ORDER BY STATE_KEY)
			    FROM INFORMATION_SCHEMA.SESSION_STATE WHERE STATE_KEY <> 'SCHEMA') AS state,
			  (SELECT LISTAGG(CONCAT(SETTING_NAME, '=', SETTING_VALUE), '; ') WITHIN GROUP (ORDER BY SETTING_NAME)
			    FROM INFORMATION_SCHEMA.SETTINGS
			    WHERE SETTING_NAME IN ('QUERY_TIMEOUT', 'NON_KEYWORDS', 'TIME ZONE')) AS settings""";

	private static LocalDataApiServer server;

	private static DataApiClient client;

	private static JsonNode initialState;

	@BeforeAll
	static void startServer() {
		server = LocalDataApiServer.builder().poolSize(POOL_SIZE).build().start();
		client = new DataApiClient(server);
		initialState = sessionState();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "SET @leak = 1", "SELECT @leak := 2 AS v", "SELECT SET(@leak, 3) AS v",
			"SET SCHEMA_SEARCH_PATH app", "SET LOCK_TIMEOUT 1", "set lock_timeout 2",
			"SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE", "SET TIME ZONE '+05:00'",
			"SET QUERY_TIMEOUT 5", "SET NON_KEYWORDS KEY", "CREATE LOCAL TEMPORARY TABLE scratch (id INT)",
			"/* before */ SET @leak = 4" })
	void isNotSeenByLaterRequests(String sql) {
		for (int request = 0; request < REQUESTS; request++) {
			HttpResponse<String> response = sql.startsWith("SELECT") ? client.rows(sql) : client.exec(sql);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}

		for (int request = 0; request < REQUESTS; request++) {
			assertThat(sessionState()).isEqualTo(initialState);
		}
	}

	private static JsonNode sessionState() {
		HttpResponse<String> response = client.rows(SESSION_STATE);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return DataApiClient.json(response).get("results").get(0).get("rows").get(0);
	}

}
