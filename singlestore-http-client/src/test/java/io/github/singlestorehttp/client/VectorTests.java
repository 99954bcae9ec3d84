package io.github.singlestorehttp.client;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code VECTOR} values on the wire: how {@code float[]} and {@code double[]} arguments are sent, and every form a
 * vector result may arrive in.
 */
class VectorTests {

	private static final String JSON_TEXT = "\"[0.5,-1.25,3]\"";

	private static final String JSON_ARRAY = "[0.5,-1.25,3]";

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
	void floatArrayIsSentAsJsonArrayTextNotBase64() throws Exception {
		this.server.enqueue(MockDataApi.json("{\"rowsAffected\":1}"));
		this.template.update("INSERT INTO docs (id, embedding) VALUES (?, ?)", "a",
				new float[] { 0.1f, -2f, 1e-7f, 3.4028235e38f });
		JsonNode body = requestBody();
		assertThat(body.get("sql").asString()).isEqualTo("INSERT INTO docs (id, embedding) VALUES (?, ?)");
		assertThat(body.get("args").toString())
			.isEqualTo("[\"a\",\"[0.1,-2,0.0000001,340282350000000000000000000000000000000]\"]");
	}

	@Test
	void doubleArrayIsSentAsJsonArrayTextWithEveryDigit() throws Exception {
		this.server.enqueue(MockDataApi.json("{\"rowsAffected\":1}"));
		this.template.update("INSERT INTO docs (embedding) VALUES (?)", (Object) new double[] { 0.1, 1.0 / 3, -5e-9 });
		assertThat(requestBody().get("args").toString()).isEqualTo("[\"[0.1,0.3333333333333333,-0.000000005]\"]");
	}

	@Test
	void namedVectorParameterIsOneArgument() throws Exception {
		this.server.enqueue(MockDataApi.json("{\"results\":[{\"columns\":[{\"name\":\"s\",\"dataType\":\"FLOAT\"}],"
				+ "\"rows\":[[1.5]]}]}"));
		this.template.sql("SELECT DOT_PRODUCT(embedding, :q :> VECTOR(2)) AS s FROM docs")
			.param("q", new float[] { 1f, 2f })
			.query(Float.class)
			.list();
		JsonNode body = requestBody();
		assertThat(body.get("sql").asString()).isEqualTo("SELECT DOT_PRODUCT(embedding, ? :> VECTOR(2)) AS s FROM docs");
		assertThat(body.get("args").toString()).isEqualTo("[\"[1,2]\"]");
	}

	@Test
	void nonFiniteElementFailsBeforeSendingWithoutTheValue() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO docs (embedding) VALUES (?)",
					(Object) new float[] { 1f, Float.NaN }))
			.withMessage("Argument 1 is a vector whose element 1 is not a finite number, which a VECTOR cannot hold");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO docs (embedding) VALUES (?)",
					(Object) new double[] { Double.POSITIVE_INFINITY }))
			.withMessageContaining("element 0 is not a finite number");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void emptyVectorFailsBeforeSending() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO docs (embedding) VALUES (?)", (Object) new float[0]))
			.withMessageContaining("empty vector");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void vectorAsJsonArrayTextMapsToFloatsAndDoubles() {
		assertThat(singleColumn(JSON_TEXT, float[].class)).containsExactly(0.5f, -1.25f, 3f);
		assertThat(singleColumn(JSON_TEXT, double[].class)).containsExactly(0.5, -1.25, 3.0);
		assertThat(singleColumn(JSON_TEXT, String.class)).isEqualTo("[0.5,-1.25,3]");
	}

	@Test
	void vectorAsJsonArrayIsKeptAsTextAndMapsToFloatsAndDoubles() {
		assertThat(singleColumn(JSON_ARRAY, float[].class)).containsExactly(0.5f, -1.25f, 3f);
		assertThat(singleColumn(JSON_ARRAY, double[].class)).containsExactly(0.5, -1.25, 3.0);
		assertThat(singleColumn(JSON_ARRAY, String.class)).isEqualTo("[0.5,-1.25,3]");
	}

	@Test
	void vectorAsBase64OfPackedLittleEndianFloatsMapsToFloatsAndDoubles() {
		String base64 = "\"" + packed(0.5f, -1.25f, 3f) + "\"";
		assertThat(singleColumn(base64, float[].class)).containsExactly(0.5f, -1.25f, 3f);
		assertThat(singleColumn(base64, double[].class)).containsExactly(0.5, -1.25, 3.0);
	}

	@Test
	void packedBlobFromJsonArrayPackMapsToFloats() {
		this.server.enqueue(MockDataApi.json(column("BLOB", "\"" + packed(0.1f, 2f) + "\"")));
		assertThat(this.template.queryForObject("SELECT JSON_ARRAY_PACK('[0.1,2]') AS v", float[].class))
			.containsExactly(0.1f, 2f);
	}

	@Test
	void packedVectorOfWrongLengthIsAMappingError() {
		this.server.enqueue(MockDataApi.json(column("VECTOR", "\"AAAA\"")));
		assertThat(this.template.queryForOptional("SELECT v FROM docs", String.class)).contains("AAAA");
		this.server.enqueue(MockDataApi.json(column("VECTOR", "\"AAAA\"")));
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> this.template.queryForObject("SELECT v FROM docs", float[].class));
	}

	@Test
	void vectorMapsIntoRecordComponentsBeanPropertiesAndRowAccess() {
		this.server.enqueue(MockDataApi.json(result("VECTOR", JSON_ARRAY)));
		assertThat(this.template.queryForObject("SELECT 'a' AS id, v FROM docs", Embedded.class).v())
			.containsExactly(0.5f, -1.25f, 3f);
		this.server.enqueue(MockDataApi.json(result("VECTOR", JSON_TEXT)));
		assertThat(this.template.queryForObject("SELECT 'a' AS id, v FROM docs", EmbeddedBean.class).getV())
			.containsExactly(0.5, -1.25, 3.0);
		this.server.enqueue(MockDataApi.json(result("VECTOR", JSON_ARRAY)));
		List<float[]> vectors = this.template.query("SELECT 'a' AS id, v FROM docs",
				(row, rowNum) -> row.get("v", float[].class));
		assertThat(vectors.get(0)).containsExactly(0.5f, -1.25f, 3f);
	}

	@Test
	void reactiveQueryMapsVectors() {
		this.server.enqueue(MockDataApi.json(result("VECTOR", JSON_ARRAY)));
		StepVerifier.create(this.template.reactive().query("SELECT 'a' AS id, v FROM docs", Embedded.class))
			.assertNext((embedded) -> assertThat(embedded.v()).containsExactly(0.5f, -1.25f, 3f))
			.verifyComplete();
	}

	private <T> T singleColumn(String wireValue, Class<T> type) {
		this.server.enqueue(MockDataApi.json(column("VECTOR", wireValue)));
		return this.template.queryForObject("SELECT v FROM docs", type);
	}

	private static String column(String dataType, String wireValue) {
		return "{\"results\":[{\"columns\":[{\"name\":\"v\",\"dataType\":\"" + dataType
				+ "\",\"nullable\":false}],\"rows\":[[" + wireValue + "]]}]}";
	}

	private static String result(String dataType, String wireValue) {
		return "{\"results\":[{\"columns\":[{\"name\":\"id\",\"dataType\":\"VARCHAR\",\"nullable\":false},"
				+ "{\"name\":\"v\",\"dataType\":\"" + dataType + "\",\"nullable\":false}],\"rows\":[[\"a\","
				+ wireValue + "]]}]}";
	}

	private static String packed(float... elements) {
		ByteBuffer buffer = ByteBuffer.allocate(elements.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (float element : elements) {
			buffer.putFloat(element);
		}
		return Base64.getEncoder().encodeToString(buffer.array());
	}

	private JsonNode requestBody() throws InterruptedException {
		return this.json.readTree(this.server.takeRequest().getBody().utf8());
	}

	record Embedded(String id, float[] v) {
	}

	static class EmbeddedBean {

		private double[] v;

		public double[] getV() {
			return this.v;
		}

		public void setV(double[] v) {
			this.v = v;
		}

	}

}
