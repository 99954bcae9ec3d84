package io.github.singlestorehttp.local;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before or instead of running SQL: plain-text 4xx bodies, never a 500.
 */
@LocalDataApiServerTest
class RequestValidationTest {

	private static final int ONE_MIB = 1024 * 1024;

	private final DataApiClient client;

	RequestValidationTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "GaRbAge", "application/x-www-form-urlencoded", "application/jsonx" })
	void otherContentTypesAre415(String contentType) {
		HttpResponse<String> response = this.client.send(this.client.request("/api/v2/query/rows")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT 1\"}")));

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.body()).contains("Content-Type");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
	}

	@Test
	void missingContentTypeIs415() {
		HttpResponse<String> response = this.client.send(this.client.request("/api/v2/exec")
			.POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT 1\"}")));

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.body()).contains("Content-Type");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json; charset=utf-8", "Application/JSON", "application/json;charset=UTF-8" })
	void jsonWithParametersIsAccepted(String contentType) {
		HttpResponse<String> response = this.client.send(this.client.request("/api/v2/query/rows")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT 1 AS x\"}")));

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void bodyOfExactlyTheLimitIsAccepted() {
		HttpResponse<String> response = this.client.post("/api/v2/query/rows", paddedBody(ONE_MIB));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"results\":[{\"rows\":[{\"x\":1}]}]}");
	}

	@Test
	void bodyOverTheLimitIs413() {
		HttpResponse<String> response = this.client.post("/api/v2/query/rows", paddedBody(ONE_MIB + 1));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).isEqualTo("The request body exceeds the Data API limit of 1048576 bytes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not json", "{\"sql\": \"SELECT 1\"", "{\"sql\":\"SELECT 1\"} trailing", "" })
	void bodyThatIsNotJsonIs400(String body) {
		HttpResponse<String> response = this.client.post("/api/v2/exec", body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).satisfiesAnyOf((text) -> assertThat(text).startsWith("The request body is not valid JSON"),
				(text) -> assertThat(text).startsWith("The request body must be a JSON object"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[\"SELECT 1\"]", "\"SELECT 1\"", "42", "null" })
	void bodyThatIsNotAnObjectIs400(String body) {
		HttpResponse<String> response = this.client.post("/api/v2/exec", body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("The request body must be a JSON object with a \"sql\" field");
	}

	@Test
	void fieldsOfTheWrongTypeAre400() {
		assertThat(this.client.post("/api/v2/exec", "{\"sql\":42}").body())
			.isEqualTo("Field \"sql\" must be a string, not a number");
		assertThat(this.client.post("/api/v2/exec", "{\"sql\":\"SELECT 1\",\"database\":[\"app\"]}").body())
			.isEqualTo("Field \"database\" must be a string, not an array");
		assertThat(this.client.post("/api/v2/exec", "{\"sql\":\"SELECT ?\",\"args\":{\"a\":1}}").body())
			.isEqualTo("Field \"args\" must be an array, not an object");
		assertThat(this.client.post("/api/v2/exec", "{\"sql\":\"SELECT ?\",\"args\":\"x\"}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void argumentsThatAreNotScalarsAre400() {
		HttpResponse<String> array = this.client.post("/api/v2/query/rows", "{\"sql\":\"SELECT ?, ?\",\"args\":[1,[2]]}");
		HttpResponse<String> object = this.client.post("/api/v2/query/rows", "{\"sql\":\"SELECT ?\",\"args\":[{\"a\":1}]}");

		assertThat(array.statusCode()).isEqualTo(400);
		assertThat(array.body()).isEqualTo(
				"Argument 1 must be a string, number, boolean or null, not an array; send JSON values as strings");
		assertThat(object.statusCode()).isEqualTo(400);
		assertThat(object.body()).contains("Argument 0 must be", "not an object");
	}

	@Test
	void numberBeyondFloat64Is400() {
		HttpResponse<String> response = this.client.post("/api/v2/query/rows", "{\"sql\":\"SELECT ?\",\"args\":[1e400]}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("Argument 0: number 1E+400 is out of range for float64");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"sql\":null}", "{\"sql\":\"\"}", "{\"sql\":\"   \"}", "{\"sql\":\";\"}",
			"{\"sql\":\"-- only a comment\"}", "{\"sql\":\"/* nothing */ ;\"}" })
	void missingOrEmptyStatementIs1065(String body) {
		HttpResponse<String> response = this.client.post("/api/v2/query/tuples", body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("Error 1065 (42000): Query was empty");
	}

	@Test
	void placeholderCountMustMatchArguments() {
		HttpResponse<String> tooFew = this.client.rows("SELECT ? AS a, ? AS b", 1);
		HttpResponse<String> tooMany = this.client.rows("SELECT 1", 1);
		HttpResponse<String> none = this.client.rows("SELECT ? AS a");

		assertThat(tooFew.statusCode()).isEqualTo(400);
		assertThat(tooFew.body()).isEqualTo(
				"Error 1210 (HY000): Incorrect arguments: the statement has 2 placeholders ('?') but 1 argument was given");
		assertThat(tooMany.body()).isEqualTo(
				"Error 1210 (HY000): Incorrect arguments: the statement has 0 placeholders ('?') but 1 argument was given");
		assertThat(none.body()).isEqualTo(
				"Error 1210 (HY000): Incorrect arguments: the statement has 1 placeholder ('?') but 0 arguments were given");
	}

	@Test
	void questionMarksInLiteralsAreNotPlaceholders() {
		HttpResponse<String> response = this.client.rows("SELECT '?' AS q, ? AS p", "x");

		assertThat(response.body()).isEqualTo("{\"results\":[{\"rows\":[{\"q\":\"?\",\"p\":\"x\"}]}]}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT 1; SELECT 2", "SELECT 1;SELECT 2;", "SELECT ';'; DROP TABLE x",
			"SELECT 1 -- c\n; SELECT 2" })
	void moreThanOneStatementIs1064(String sql) {
		HttpResponse<String> response = this.client.rows(sql);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).startsWith("Error 1064 (42000): You have an error in your SQL syntax; the Data API "
				+ "runs one statement per request, but another statement follows ';' near '");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT ';' AS x", "SELECT 1 AS x;", "SELECT 1 AS x ; ; ", "SELECT 1 AS x; -- done",
			"SELECT 1 AS x /* ; */", "SELECT 1 AS `x;`" })
	void semicolonsInsideLiteralsCommentsOrAtTheEndAreFine(String sql) {
		HttpResponse<String> response = this.client.rows(sql);

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@MethodSource("deeplyNestedStatements")
	void statementsNestedTooDeeplyAre1436AndTheServerKeepsServing(String sql) {
		HttpResponse<String> query = this.client.rows(sql);
		HttpResponse<String> exec = this.client.exec(sql);

		assertThat(query.statusCode()).isEqualTo(400);
		assertThat(query.body()).isEqualTo("Error 1436 (HY000): Thread stack overrun: the statement nests too deeply to "
				+ "be parsed or run; simplify it");
		assertThat(exec.body()).isEqualTo(query.body());
		assertThat(this.client.rows("SELECT 1 AS x").body()).isEqualTo("{\"results\":[{\"rows\":[{\"x\":1}]}]}");
	}

	static Stream<String> deeplyNestedStatements() {
		return Stream.of("SELECT " + "(".repeat(20_000) + "1" + ")".repeat(20_000), "SELECT 1" + "+1".repeat(100_000));
	}

	@Test
	void unknownFieldsAreIgnored() {
		HttpResponse<String> response = this.client.post("/api/v2/query/rows",
				"{\"sql\":\"SELECT 1 AS x\",\"program_name\":\"test\"}");

		assertThat(response.statusCode()).isEqualTo(200);
	}

	private static String paddedBody(int size) {
		String start = "{\"sql\":\"SELECT 1 AS x\",\"pad\":\"";
		String end = "\"}";
		return start + "p".repeat(size - start.length() - end.length()) + end;
	}

}
