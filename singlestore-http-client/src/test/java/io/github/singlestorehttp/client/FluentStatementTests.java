package io.github.singlestorehttp.client;

import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fluent statements of both APIs: immutable specs, the ways to bind parameters, the result shapes of
 * {@code JdbcClient} and {@code DatabaseClient}, and per-statement limits.
 */
class FluentStatementTests {

	private static final String THREE_ROWS = """
			{"results":[{"columns":[{"name":"id","dataType":"BIGINT","nullable":false},
			{"name":"name","dataType":"VARCHAR","nullable":true}],
			"rows":[[1,"John"],[2,"Jane"],[3,null]]}]}""";

	private static final String THREE_IDS = """
			{"results":[{"columns":[{"name":"id","dataType":"BIGINT","nullable":false}],"rows":[[1],[2],[3]]}]}""";

	private static final String THREE_NAMES = """
			{"results":[{"columns":[{"name":"name","dataType":"VARCHAR","nullable":true}],
			"rows":[["John"],["Jane"],[null]]}]}""";

	private static final String ONE_NAME = """
			{"results":[{"columns":[{"name":"name","dataType":"VARCHAR","nullable":true}],"rows":[["Ada"]]}]}""";

	private static final String ONE_ROW = """
			{"results":[{"columns":[{"name":"id","dataType":"BIGINT","nullable":false},
			{"name":"name","dataType":"VARCHAR","nullable":true}],"rows":[[7,"Ada"]]}]}""";

	private static final String NO_ROW = """
			{"results":[{"columns":[{"name":"id","dataType":"BIGINT","nullable":false}],"rows":[]}]}""";

	private final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	final MockDataApi dataApi = new MockDataApi();

	private MockWebServer server;

	private SingleStoreTemplate template;

	@BeforeEach
	void connect() {
		this.server = this.dataApi.server();
		this.template = this.dataApi.templateBuilder().build();
	}

	@Test
	void reactiveResultDoesNotSeeParametersBoundToTheSpecAfterwards() throws Exception {
		this.server.enqueue(MockDataApi.json(ONE_ROW));
		ReactiveStatementSpec spec = this.template.reactive().sql("SELECT id, name FROM users WHERE id = :id").param("id", 7);
		Flux<Long> ids = spec.query((row, rowNumber) -> row.get("id", Long.class)).all();
		spec.param("id", 8);
		StepVerifier.create(ids).expectNext(7L).verifyComplete();
		assertThat(sentSql()).isEqualTo("SELECT id, name FROM users WHERE id = 7");
	}

	@Test
	void bindingReturnsANewSpecAndLeavesTheOriginalAsItWas() throws Exception {
		this.server.enqueue(MockDataApi.json(ONE_ROW));
		StatementSpec base = this.template.sql("SELECT id, name FROM users WHERE id = :id");
		assertThat(base.param("id", 7).query().singleRow()).containsEntry("name", "Ada");
		assertThat(sentSql()).isEqualTo("SELECT id, name FROM users WHERE id = 7");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> base.query().listOfRows())
			.withMessageContaining("id");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void positionalParametersByIndexInOrderAndFromAList() throws Exception {
		for (int i = 0; i < 4; i++) {
			this.server.enqueue(MockDataApi.json("{\"rowsAffected\":1}"));
		}
		String sql = "UPDATE users SET name = ? WHERE id = ?";
		this.template.sql(sql).param(2, 5).param(1, "x").update();
		assertThat(sentArgs()).isEqualTo("UPDATE users SET name = ? WHERE id = 5 [\"x\"]");
		this.template.sql(sql).params("y", 6).update();
		assertThat(sentArgs()).isEqualTo("UPDATE users SET name = ? WHERE id = 6 [\"y\"]");
		this.template.sql(sql).params(List.of("z", 7)).update();
		assertThat(sentArgs()).isEqualTo("UPDATE users SET name = ? WHERE id = 7 [\"z\"]");
		this.template.reactive().sql(sql).param("w").param(8).update().block();
		assertThat(sentArgs()).isEqualTo("UPDATE users SET name = ? WHERE id = 8 [\"w\"]");
	}

	@Test
	void aSkippedPositionalParameterIsAClearErrorBeforeTheNetwork() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.sql("UPDATE users SET name = ? WHERE id = ?").param(2, 5).update())
			.withMessageContaining("Positional parameter 1 was never bound");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.sql("SELECT ?").param(0, 5))
			.withMessageContaining("the first parameter is 1");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void namedParametersFromASqlParameterSource() throws Exception {
		this.server.enqueue(MockDataApi.json(ONE_NAME));
		Optional<String> name = this.template.sql("SELECT name FROM users WHERE id = :id")
			.paramSource(new MapSqlParameterSource("id", 7))
			.query(String.class)
			.optional();
		assertThat(name).contains("Ada");
		assertThat(sentSql()).isEqualTo("SELECT name FROM users WHERE id = 7");
	}

	@Test
	void queryWithoutMapperGivesRowsColumnsAndValues() {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(MockDataApi.json(THREE_ROWS));
		}
		this.server.enqueue(MockDataApi.json(ONE_ROW));
		this.server.enqueue(MockDataApi.json(NO_ROW));
		StatementSpec.ResultQuerySpec rows = this.template.sql("SELECT id, name FROM users").query();
		assertThat(rows.listOfRows()).hasSize(3).first().isEqualTo(Map.of("id", 1L, "name", "John"));
		assertThat(rows.singleColumn()).containsExactly(1L, 2L, 3L);
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class).isThrownBy(rows::singleRow);
		assertThat(rows.singleValue()).isEqualTo(7L);
		assertThat(rows.optionalValue()).isEmpty();
	}

	@Test
	void listOfRowsKeepsColumnOrderAndNulls() {
		this.server.enqueue(MockDataApi.json(THREE_ROWS));
		List<Map<String, Object>> rows = this.template.sql("SELECT id, name FROM users").query().listOfRows();
		assertThat(rows.get(2)).containsExactly(Map.entry("id", 3L), new SimpleEntry<>("name", null));
	}

	@Test
	void mappedResultsAsSetAndStream() {
		this.server.enqueue(MockDataApi.json(THREE_NAMES));
		this.server.enqueue(MockDataApi.json(THREE_NAMES));
		StatementSpec.MappedQuerySpec<String> names = this.template.sql("SELECT name FROM users").query(String.class);
		assertThat(names.set()).containsExactly("John", "Jane", null);
		try (Stream<String> stream = names.stream()) {
			assertThat(stream.toList()).containsExactly("John", "Jane", null);
		}
	}

	@Test
	void maxRowsReadsNoFurtherRows() {
		this.server.enqueue(MockDataApi.json(THREE_IDS));
		this.server.enqueue(MockDataApi.json(THREE_IDS));
		assertThat(this.template.sql("SELECT id FROM users").maxRows(2).query(Long.class).list()).containsExactly(1L, 2L);
		StepVerifier.create(this.template.reactive().sql("SELECT id FROM users").maxRows(1).query(Long.class).all())
			.expectNext(1L)
			.verifyComplete();
	}

	@Test
	void reactiveOneFirstAndAll() {
		this.server.enqueue(MockDataApi.json(THREE_IDS));
		this.server.enqueue(MockDataApi.json(NO_ROW));
		this.server.enqueue(MockDataApi.json(THREE_IDS));
		this.server.enqueue(MockDataApi.json(ONE_ROW));
		ReactiveStatementSpec spec = this.template.reactive().sql("SELECT id FROM users");
		StepVerifier.create(spec.query(Long.class).one()).expectError(IncorrectResultSizeDataAccessException.class).verify();
		StepVerifier.create(spec.query(Long.class).one()).verifyComplete();
		StepVerifier.create(spec.query(Long.class).first()).expectNext(1L).verifyComplete();
		StepVerifier.create(spec.query().all()).expectNext(Map.of("id", 7L, "name", "Ada")).verifyComplete();
	}

	@Test
	void topLevelReactiveMethodsMirrorTheBlockingOnes() {
		this.server.enqueue(MockDataApi.json(ONE_ROW));
		this.server.enqueue(MockDataApi.json(NO_ROW));
		this.server.enqueue(MockDataApi.json(NO_ROW));
		ReactiveSingleStoreOperations reactive = this.template.reactive();
		StepVerifier.create(reactive.queryForObject("SELECT name FROM users", (row, rowNumber) -> row.get("name")))
			.expectNext("Ada")
			.verifyComplete();
		StepVerifier.create(reactive.queryForOptional("SELECT id FROM users", Long.class))
			.expectNext(Optional.empty())
			.verifyComplete();
		assertThatExceptionOfType(EmptyResultDataAccessException.class)
			.isThrownBy(() -> this.template.queryForObject("SELECT id FROM users", (row, rowNumber) -> row.get(0)));
	}

	@Test
	void blockingPing() {
		this.server.enqueue(new MockResponse.Builder().body("pong").build());
		this.template.ping();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	private String sentSql() throws InterruptedException {
		return body().get("sql").asString();
	}

	private String sentArgs() throws InterruptedException {
		JsonNode body = body();
		return body.get("sql").asString() + " " + body.get("args");
	}

	private JsonNode body() throws InterruptedException {
		return this.json.readTree(this.server.takeRequest().getBody().utf8());
	}

}
