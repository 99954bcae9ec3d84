package io.github.singlestorehttp.it;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code VECTOR} columns and vector SQL through the template against the local server: {@code float[]} and
 * {@code double[]} round trips, {@code DOT_PRODUCT}, {@code EUCLIDEAN_DISTANCE}, {@code <*>} and {@code <->} with a
 * vector argument, blocking and reactive.
 */
@LocalDataApiServerTest
class VectorSqlTests {

	private static SingleStoreTemplate template;

	@BeforeAll
	static void createTable(LocalDataApiServer server) {
		template = Templates.connectedTo(server);
		template.update("CREATE TABLE vectors (id VARCHAR(10) PRIMARY KEY, f32 VECTOR(3), f64 VECTOR(3, F64))");
		template.update("CREATE TABLE round_trips (id VARCHAR(10) PRIMARY KEY, f32 VECTOR(3), f64 VECTOR(3, F64))");
		template.update("INSERT INTO vectors (id, f32, f64) VALUES (?, ?, ?)", "x", new float[] { 1f, 0f, 0f },
				new double[] { 1, 0, 0 });
		template.update("INSERT INTO vectors (id, f32, f64) VALUES (?, ?, ?)", "y", new float[] { 0f, 1f, 0f },
				new double[] { 0, 1, 0 });
		template.update("INSERT INTO vectors (id, f32, f64) VALUES (?, ?, ?)", "xy", new float[] { 0.6f, 0.8f, 0f },
				new double[] { 0.6, 0.8, 0 });
	}

	@Test
	void floatAndDoubleVectorsRoundTripExactly() {
		float[] floats = { 0.1f, -1e38f, 1.4e-45f };
		double[] doubles = { 0.1, 1.0 / 3, -1e-300 };
		template.update("INSERT INTO round_trips (id, f32, f64) VALUES (?, ?, ?)", "exact", floats, doubles);
		Stored stored = template.queryForObject("SELECT id, f32, f64 FROM round_trips WHERE id = ?", Stored.class,
				"exact");
		assertThat(stored.f32()).containsExactly(floats);
		assertThat(stored.f64()).containsExactly(doubles);
		double[] widened = template.queryForObject("SELECT f32 FROM round_trips WHERE id = ?", double[].class, "exact");
		assertThat(widened).hasSize(3);
		for (int index = 0; index < widened.length; index++) {
			assertThat((float) widened[index]).isEqualTo(floats[index]);
		}
	}

	@Test
	void dotProductWithAVectorArgumentOrdersNearestFirst() {
		List<Scored> scored = template.query("SELECT id, DOT_PRODUCT(f32, ? :> VECTOR(3)) AS score FROM vectors"
				+ " ORDER BY score DESC", Scored.class, (Object) new float[] { 1f, 0f, 0f });
		assertThat(scored).extracting(Scored::id).containsExactly("x", "xy", "y");
		assertThat(scored.get(1).score()).isCloseTo(0.6, within(1e-6));
	}

	@Test
	void dotProductOperatorMatchesTheFunction() {
		List<String> ids = template.query("SELECT id FROM vectors ORDER BY f32 <*> (? :> VECTOR(3)) DESC LIMIT 2",
				String.class, (Object) new float[] { 0f, 1f, 0f });
		assertThat(ids).containsExactly("y", "xy");
	}

	@Test
	void euclideanDistanceAndItsOperatorOrderNearestFirst() {
		double[] query = { 0.5, 0.5, 0 };
		List<Scored> byFunction = template.query("SELECT id, EUCLIDEAN_DISTANCE(f64, ? :> VECTOR(3, F64)) AS score"
				+ " FROM vectors ORDER BY score", Scored.class, (Object) query);
		assertThat(byFunction).extracting(Scored::id).containsExactly("xy", "x", "y");
		assertThat(byFunction.get(1).score()).isCloseTo(Math.sqrt(0.5), within(1e-9));
		List<String> byOperator = template.query(
				"SELECT id FROM vectors ORDER BY f64 <-> (? :> VECTOR(3, F64)), id", String.class, (Object) query);
		assertThat(byOperator).containsExactly("xy", "x", "y");
	}

	@Test
	void namedVectorParameter() {
		Float score = template.sql("SELECT f32 <*> (:q :> VECTOR(3)) FROM vectors WHERE id = :id")
			.param("q", new float[] { 0f, 2f, 0f })
			.param("id", "xy")
			.query(Float.class)
			.single();
		assertThat(score).isCloseTo(1.6f, within(1e-6f));
	}

	@Test
	void packedVectorFromJsonArrayPackMapsToFloats() {
		float[] unpacked = template.queryForObject("SELECT JSON_ARRAY_PACK(?) AS packed", float[].class,
				"[0.25,-2,8]");
		assertThat(unpacked).containsExactly(0.25f, -2f, 8f);
	}

	@Test
	void wrongDimensionIsRefusedByTheServer() {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> template
			.update("INSERT INTO round_trips (id, f32) VALUES (?, ?)", "bad", new float[] { 1f, 2f }))
			.withMessageContaining("400")
			.withMessageContaining("1105");
		assertThat(template.queryForOptional("SELECT id FROM round_trips WHERE id = ?", String.class, "bad")).isEmpty();
	}

	@Test
	void reactiveRoundTripAndSearch() {
		StepVerifier
			.create(template.reactive()
				.update("INSERT INTO round_trips (id, f32, f64) VALUES (?, ?, ?)", "rx", new float[] { 0f, 0f, 1f },
						new double[] { 0, 0, 1 })
				.thenMany(template.reactive()
					.query("SELECT id, f32, f64 FROM round_trips ORDER BY DOT_PRODUCT(f32, ? :> VECTOR(3)) DESC LIMIT 1",
							Stored.class, (Object) new float[] { 0f, 0f, 3f })))
			.assertNext((stored) -> {
				assertThat(stored.id()).isEqualTo("rx");
				assertThat(stored.f32()).containsExactly(0f, 0f, 1f);
				assertThat(stored.f64()).containsExactly(0.0, 0.0, 1.0);
			})
			.verifyComplete();
	}

	record Stored(String id, float[] f32, double[] f64) {
	}

	record Scored(String id, double score) {
	}

}
