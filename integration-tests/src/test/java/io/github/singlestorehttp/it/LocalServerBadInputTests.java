package io.github.singlestorehttp.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local server under concurrent malformed and hostile requests, sent with the JDK's HTTP client: client mistakes
 * get a 4xx status with a plain-text message (never a 500), hostile values are stored and returned verbatim, every
 * request is answered within its timeout, and valid requests keep succeeding during and after the abuse.
 */
@LocalDataApiServerTest
class LocalServerBadInputTests {

	private static final String EXEC = "/api/v2/exec";

	private static final String ROWS = "/api/v2/query/rows";

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

	private static final int MAX_IN_FLIGHT = 64;

	private static final int ROUNDS = 6;

	private static final int MAX_REQUEST_BYTES = 1_048_576;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static LocalDataApiServer server;

	private static RawDataApiClient client;

	@BeforeAll
	static void connect(LocalDataApiServer localServer) {
		server = localServer;
		client = new RawDataApiClient(localServer, REQUEST_TIMEOUT, MAX_IN_FLIGHT);
	}

	@Test
	void clientMistakesGetA4xxWithAPlainTextMessageWhileValidRequestsKeepSucceeding() throws Exception {
		List<BadRequest> badRequests = badRequests();
		List<Sent> sent = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			for (BadRequest bad : badRequests) {
				sent.add(new Sent(bad.name(), bad.send(client), bad.status(), bad.message()));
				String marker = "round " + round + " after " + bad.name();
				sent.add(new Sent("valid query", client.postJson(ROWS, statement("SELECT ? AS v", marker)), 200,
						"{\"results\":[{\"rows\":[{\"v\":" + json.writeValueAsString(marker) + "}]}]}"));
			}
		}
		List<String> wrong = new ArrayList<>();
		for (Sent request : sent) {
			request.check(wrong);
		}
		System.out.printf("bad input: %d requests (%d kinds of mistake x %d rounds, each followed by a valid query)%n",
				sent.size(), badRequests.size(), ROUNDS);
		assertThat(wrong).as("unexpected answers").isEmpty();
		assertServerServes();
	}

	@Test
	void hostileValuesAreStoredAndReturnedVerbatim() throws Exception {
		execOk(statement("CREATE TABLE verbatim (id INT PRIMARY KEY, v LONGTEXT)"));
		List<String> values = hostileValues();
		List<CompletableFuture<HttpResponse<String>>> inserts = new ArrayList<>();
		for (int id = 0; id < values.size(); id++) {
			inserts.add(client.postJson(EXEC, statement("INSERT INTO verbatim (id, v) VALUES (?, ?)", id, values.get(id))));
		}
		for (CompletableFuture<HttpResponse<String>> insert : inserts) {
			assertThat(answer(insert).statusCode()).isEqualTo(200);
		}
		// A lone surrogate cannot be sent as UTF-8, only as a JSON escape
		execOk("{\"sql\":\"INSERT INTO verbatim (id, v) VALUES (-1, ?)\",\"args\":[\"a\\ud800b\"],\"database\":\""
				+ server.database() + "\"}");

		Map<Integer, CompletableFuture<HttpResponse<String>>> reads = new LinkedHashMap<>();
		for (int id = -1; id < values.size(); id++) {
			reads.put(id, client.postJson(ROWS, statement("SELECT v FROM verbatim WHERE id = ?", id)));
		}
		for (Map.Entry<Integer, CompletableFuture<HttpResponse<String>>> read : reads.entrySet()) {
			String expected = (read.getKey() == -1) ? loneSurrogateAsStored() : values.get(read.getKey());
			assertThat(onlyRow(answer(read.getValue())).get("v").stringValue()).as("value %d", read.getKey())
				.isEqualTo(expected);
		}
		for (String injection : sqlInjections()) {
			JsonNode row = onlyRow(answer(client.postJson(ROWS, statement("SELECT id FROM verbatim WHERE v = ?", injection))));
			assertThat(values.get(row.get("id").intValue())).isEqualTo(injection);
		}
		JsonNode count = onlyRow(answer(client.postJson(ROWS, statement("SELECT COUNT(*) AS n FROM verbatim"))));
		assertThat(count.get("n").longValue()).as("rows in the table").isEqualTo(values.size() + 1L);
	}

	@Test
	void sqlTextWithNonAsciiAndControlCharacters() throws Exception {
		String text = "Grüße, 日本語, עברית, 🎉, tab\there, bell\u0007, nul\u0000, del\u007f";
		JsonNode literal = onlyRow(answer(client.postJson(ROWS,
				statement("SELECT '" + text + "' AS `列 ünïcode`\r\n\t;"))));
		assertThat(literal.get("列 ünïcode").stringValue()).isEqualTo(text);
		HttpResponse<String> controlOutsideLiteral = answer(client.postJson(ROWS, statement("SELECT \u0001 AS v")));
		assertThat(controlOutsideLiteral.statusCode()).isEqualTo(400);
		assertThat(controlOutsideLiteral.body()).startsWith("Error 1064");
		assertServerServes();
	}

	@Test
	void abortedRequestsAndProtocolGarbageDoNotStopTheServer() throws Exception {
		byte[] head = ("POST " + EXEC + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 1000\r\n\r\n{\"sql\":\"SELECT").getBytes(StandardCharsets.US_ASCII);
		// More aborted requests than the server has workers: each must give its worker back
		for (int i = 0; i < 48; i++) {
			try (Socket socket = connect()) {
				socket.getOutputStream().write(head);
				socket.getOutputStream().flush();
			}
		}
		assertServerServes();
		for (String garbage : List.of("GARBAGE\r\n\r\n", "POST " + EXEC + " HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
				"\u0000\u0001\u0002\r\n\r\n")) {
			try (Socket socket = connect()) {
				OutputStream out = socket.getOutputStream();
				out.write(garbage.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				String response = readAll(socket.getInputStream());
				assertThat(response).as(garbage).startsWith("HTTP/1.1 400 ");
			}
		}
		assertServerServes();
	}

	private static List<BadRequest> badRequests() {
		String database = server.database();
		String select = "\"sql\":\"SELECT ? AS v\",\"database\":\"" + database + "\"";
		List<BadRequest> requests = new ArrayList<>();
		requests.add(BadRequest.json("not JSON", ROWS, "hello, server", 400, "not valid JSON"));
		requests.add(BadRequest.json("truncated JSON", ROWS, "{" + select + ",\"args\":[1,", 400, "not valid JSON"));
		requests.add(BadRequest.json("truncated string", ROWS, "{\"sql\":\"SELECT 1", 400, "not valid JSON"));
		requests.add(BadRequest.json("empty body", EXEC, "", 400, "must be a JSON object"));
		requests.add(BadRequest.json("JSON array body", EXEC, "[\"SELECT 1\"]", 400, "must be a JSON object"));
		requests.add(BadRequest.json("JSON null body", EXEC, "null", 400, "must be a JSON object"));
		requests.add(BadRequest.json("sql is a number", EXEC, "{\"sql\":42}", 400, "\"sql\" must be a string"));
		requests.add(BadRequest.json("sql is an object", EXEC, "{\"sql\":{\"text\":\"SELECT 1\"}}", 400,
				"\"sql\" must be a string"));
		requests.add(BadRequest.json("args is an object", ROWS, "{" + select + ",\"args\":{\"0\":1}}", 400,
				"\"args\" must be an array"));
		requests.add(BadRequest.json("argument is an object", ROWS, "{" + select + ",\"args\":[{\"a\":1}]}", 400,
				"Argument 0 must be a string, number, boolean or null"));
		requests.add(BadRequest.json("database is an array", ROWS, "{\"sql\":\"SELECT 1\",\"database\":[\"app\"]}", 400,
				"\"database\" must be a string"));
		requests.add(BadRequest.json("missing sql", EXEC, "{\"database\":\"" + database + "\"}", 400, "Error 1065"));
		requests.add(BadRequest.json("blank sql", EXEC, "{\"sql\":\" \\n\\t \",\"database\":\"" + database + "\"}",
				400, "Error 1065"));
		requests.add(BadRequest.json("too few arguments", ROWS,
				"{\"sql\":\"SELECT ?, ? AS v\",\"args\":[1],\"database\":\"" + database + "\"}", 400, "Error 1210"));
		requests.add(BadRequest.json("too many arguments", ROWS, "{" + select + ",\"args\":[1,2,3]}", 400, "Error 1210"));
		requests.add(BadRequest.json("100,000 arguments for one placeholder", ROWS,
				"{" + select + ",\"args\":[" + "7,".repeat(99_999) + "7]}", 400, "Error 1210"));
		requests.add(BadRequest.json("NaN", ROWS, "{" + select + ",\"args\":[NaN]}", 400, "not valid JSON"));
		requests.add(BadRequest.json("Infinity", ROWS, "{" + select + ",\"args\":[Infinity]}", 400, "not valid JSON"));
		requests.add(BadRequest.json("-Infinity", ROWS, "{" + select + ",\"args\":[-Infinity]}", 400, "not valid JSON"));
		requests.add(BadRequest.json("number beyond float64", ROWS, "{" + select + ",\"args\":[1e400]}", 400,
				"out of range"));
		requests.add(BadRequest.json("number with a huge exponent", ROWS, "{" + select + ",\"args\":[1e999999999]}", 400,
				"out of range"));
		requests.add(BadRequest.json("number with 5,000 digits", ROWS,
				"{" + select + ",\"args\":[" + "9".repeat(5_000) + "]}", 400, "not valid JSON"));
		requests.add(BadRequest.json("nesting 10,000 deep", ROWS,
				"{" + select + ",\"args\":[" + "[".repeat(10_000) + "]".repeat(10_000) + "]}", 400, "not valid JSON"));
		requests.add(BadRequest.json("unescaped control character in a JSON string", ROWS,
				"{" + select + ",\"args\":[\"a\u0001b\"]}", 400, "not valid JSON"));
		requests.add(BadRequest.bytes("invalid UTF-8", ROWS, RawDataApiClient.JSON, invalidUtf8(select), 400,
				"not valid JSON"));
		requests.add(BadRequest.json("body one byte over the limit", EXEC, bodyOfSize(MAX_REQUEST_BYTES + 1), 413,
				"exceeds the Data API limit"));
		requests.add(BadRequest.json("4 MB body", EXEC, bodyOfSize(4 * MAX_REQUEST_BYTES), 413,
				"exceeds the Data API limit"));
		requests.add(BadRequest.bytes("wrong content type", EXEC, "text/plain",
				"{\"sql\":\"SELECT 1\"}".getBytes(StandardCharsets.UTF_8), 415, "Content-Type"));
		requests.add(BadRequest.json("two statements", EXEC,
				"{\"sql\":\"SELECT 1; DROP TABLE nothing\",\"database\":\"" + database + "\"}", 400, "Error 1064"));
		requests.add(BadRequest.json("syntax error", ROWS,
				"{\"sql\":\"SELEC 1 FROM\",\"database\":\"" + database + "\"}", 400, "Error 1064"));
		requests.add(BadRequest.json("unknown table", ROWS,
				"{\"sql\":\"SELECT * FROM no_such_table\",\"database\":\"" + database + "\"}", 400, "Error 1146"));
		requests.add(BadRequest.json("unknown database with quotes", ROWS,
				"{\"sql\":\"SELECT 1\",\"database\":\"app`; DROP DATABASE app; --\"}", 400, "Error 1049"));
		String body = "{\"sql\":\"SELECT 1\",\"database\":\"" + database + "\"}";
		requests.add(new BadRequest("no credentials", (client) -> client.send(client.requestWithoutCredentials(ROWS)
			.header("Content-Type", RawDataApiClient.JSON)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build()), 401, "Unauthorized"));
		requests.add(new BadRequest("wrong password", (client) -> client.send(client.requestWithoutCredentials(ROWS)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((server.username() + ":wrong").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", RawDataApiClient.JSON)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build()), 401, "Unauthorized"));
		requests.add(new BadRequest("GET on exec", (client) -> client.send(client.request(EXEC).GET().build()), 405,
				"not allowed"));
		requests.add(BadRequest.json("unknown path", "/api/v2/../../etc/passwd", "{}", 404, "Not found"));
		return requests;
	}

	/**
	 * The text {@code a\uD800b} as the engine stores it: H2 keeps Java's UTF-16 text; MariaDB, like SingleStore,
	 * stores UTF-8, which cannot hold a lone surrogate, and its driver sends it as {@code ?}.
	 */
	private static String loneSurrogateAsStored() {
		return server.jdbcUrl().startsWith("jdbc:mariadb:") ? "a?b" : "a\uD800b";
	}

	private static List<String> hostileValues() {
		List<String> values = new ArrayList<>(sqlInjections());
		StringBuilder controls = new StringBuilder();
		for (char c = 0; c < 0x20; c++) {
			controls.append(c);
		}
		values.add(controls.append('\u007f').toString());
		values.add("tab\tnew line\ncarriage return\r");
		values.add("Grüße, Jürgen — ½ € ¥");
		values.add("日本語のテキスト、中文、한국어");
		values.add("🎉🚀 👩‍👩‍👧‍👦 family with joiners");
		values.add("עברית والعربية right to left");
		values.add("e\u0301 combining, \uFEFF byte order mark, \u2028\u2029 separators, \uFFFF noncharacter");
		values.add("\uDBFF\uDFFF highest code point");
		values.add("");
		values.add("   padded   ");
		values.add("NaN");
		values.add("-Infinity");
		values.add("1e400");
		values.add("{\"json\": [1, 2, {\"nested\": \"\\\"quoted\\\"\"}]}");
		values.add(longAsciiText(500_000));
		values.add("é".repeat(250_000));
		return values;
	}

	private static List<String> sqlInjections() {
		return List.of("'; DROP TABLE verbatim; --", "' OR '1'='1", "\" OR \"\"=\"", "1; DELETE FROM verbatim",
				"Robert'); DROP TABLE students;--", "\\'; DROP TABLE verbatim; -- ", "' UNION SELECT id, v FROM verbatim --",
				"/* comment */ SELECT 1", "# hash comment\nDROP TABLE verbatim", "?", "? ?", ":name", "$1", "%", "_",
				"\\", "\\\\", "\\0", "'", "''", "`", "`verbatim`", "0x41", "CHAR(65)", "admin'--",
				"' AND SLEEP(5) --", "SHUTDOWN", "x' ; SHUTDOWN; --");
	}

	/**
	 * Seeded ASCII text with quotes, backslashes and line breaks among the letters, so that its JSON escaping is
	 * exercised over its whole length while the request stays under the body limit.
	 */
	private static String longAsciiText(int length) {
		String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_()[]{}<>=+*/?!&%$#@~^|";
		String special = "'\"\\\n`";
		Random random = new Random(7);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((random.nextInt(50) == 0) ? special.charAt(random.nextInt(special.length()))
					: alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	private static String bodyOfSize(int size) {
		String start = "{\"sql\":\"SELECT ? AS v\",\"args\":[\"";
		String end = "\"]}";
		return start + "x".repeat(size - start.length() - end.length()) + end;
	}

	private static byte[] invalidUtf8(String select) {
		byte[] start = ("{" + select + ",\"args\":[\"a").getBytes(StandardCharsets.UTF_8);
		byte[] invalid = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF };
		byte[] end = "\"]}".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + invalid.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(invalid, 0, body, start.length, invalid.length);
		System.arraycopy(end, 0, body, start.length + invalid.length, end.length);
		return body;
	}

	private static String statement(String sql, Object... args) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("sql", sql);
		body.put("args", List.of(args));
		body.put("database", server.database());
		return json.writeValueAsString(body);
	}

	private static void execOk(String body) throws Exception {
		HttpResponse<String> response = answer(client.postJson(EXEC, body));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private static JsonNode onlyRow(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode rows = json.readTree(response.body()).get("results").get(0).get("rows");
		assertThat(rows.size()).as("rows").isEqualTo(1);
		return rows.get(0);
	}

	private static void assertServerServes() throws Exception {
		JsonNode row = onlyRow(answer(client.postJson(ROWS, statement("SELECT 1 + 1 AS two"))));
		assertThat(row.get("two").intValue()).isEqualTo(2);
	}

	private static HttpResponse<String> answer(CompletableFuture<HttpResponse<String>> response) throws Exception {
		return response.get(REQUEST_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
	}

	private static Socket connect() throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
		socket.setSoTimeout((int) REQUEST_TIMEOUT.toMillis());
		return socket;
	}

	private static String readAll(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
	}

	/**
	 * A request the server must refuse.
	 *
	 * @param name what is wrong with it
	 * @param sender sends it
	 * @param status the status the server must answer with
	 * @param message text the plain-text answer must contain
	 */
	record BadRequest(String name, Function<RawDataApiClient, CompletableFuture<HttpResponse<String>>> sender, int status,
			String message) {

		static BadRequest json(String name, String path, String body, int status, String message) {
			return new BadRequest(name, (client) -> client.postJson(path, body), status, message);
		}

		static BadRequest bytes(String name, String path, String contentType, byte[] body, int status, String message) {
			return new BadRequest(name, (client) -> client.post(path, contentType, body), status, message);
		}

		CompletableFuture<HttpResponse<String>> send(RawDataApiClient client) {
			return this.sender.apply(client);
		}

	}

	/**
	 * A request in flight and the answer it must get.
	 */
	record Sent(String name, CompletableFuture<HttpResponse<String>> response, int status, String body) {

		/**
		 * Wait for the answer and describe what is wrong with it, if anything: a failed or timed-out request, another
		 * status, a body without the expected text, or (for errors) a body that is not plain text.
		 */
		void check(List<String> wrong) throws InterruptedException {
			HttpResponse<String> answer;
			try {
				answer = answer(this.response);
			}
			catch (Exception ex) {
				wrong.add(this.name + ": no answer (" + ex + ")");
				return;
			}
			String contentType = answer.headers().firstValue("Content-Type").orElse("");
			if (answer.statusCode() != this.status || !answer.body().contains(this.body)) {
				wrong.add(this.name + ": expected " + this.status + " containing [" + this.body + "] but got "
						+ answer.statusCode() + " " + abbreviate(answer.body()));
			}
			else if (this.status >= 400 && !contentType.startsWith("text/plain")) {
				wrong.add(this.name + ": error answered as " + contentType);
			}
		}

		private static String abbreviate(String text) {
			return (text.length() <= 300) ? text : text.substring(0, 300) + "...";
		}

	}

}
