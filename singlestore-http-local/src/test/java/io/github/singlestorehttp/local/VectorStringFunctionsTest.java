package io.github.singlestorehttp.local;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * String functions see a VECTOR column's binary form: "String functions, such as CONCAT, LENGTH, SUBSTRING, and HEX
 * operate on the binary representation of a vector", its elements packed little-endian as the element type
 * (https://docs.singlestore.com/cloud/reference/sql-reference/data-types/vector-type/). An F32 1.0 is
 * {@code 0000803F}, 2.0 {@code 00000040}, 3.0 {@code 00004040} (IEEE 754 single precision).
 */
@LocalDataApiServerTest(backend = Backend.H2)
class VectorStringFunctionsTest {

	private final DataApiClient client;

	VectorStringFunctionsTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@BeforeAll
	static void createVectors(LocalDataApiServer server) {
		new DataApiClient(server).execAll("CREATE TABLE embeddings (id INT, v VECTOR(3), small VECTOR(2, I16))",
				"INSERT INTO embeddings VALUES (1, '[1,2,3]', '[1,-2]'), (2, NULL, NULL)",
				"CREATE TABLE labels (id INT, v VARCHAR(10))", "INSERT INTO labels VALUES (1, 'abc')");
	}

	@Test
	void hexAndLengthOfAVectorColumnSeeItsPackedElements() {
		assertThat(this.client.rowsOf("SELECT HEX(v), LENGTH(v), OCTET_LENGTH(v), HEX(small), LENGTH(small) FROM embeddings "
				+ "WHERE id = 1")).isEqualTo("[[\"0000803F0000004000004040\",12,12,\"0100FEFF\",4]]");
	}

	@Test
	void substringAndConcatOfAVectorColumnSeeItsPackedElements() {
		assertThat(this.client.rowsOf("SELECT HEX(SUBSTRING(e.v, 5, 4)), HEX(SUBSTR(v, 9)), HEX(CONCAT(e.small, small)) "
				+ "FROM embeddings AS e WHERE id = 1"))
			.isEqualTo("[[\"00000040\",\"00004040\",\"0100FEFF0100FEFF\"]]");
	}

	@Test
	void aNullVectorStaysNull() {
		assertThat(this.client.rowsOf("SELECT HEX(v), LENGTH(v) FROM embeddings WHERE id = 2")).isEqualTo("[[null,null]]");
	}

	@Test
	void columnsOfOtherTypesAndTheVectorsJsonFormKeepTheirText() {
		assertThat(this.client.rowsOf("SELECT HEX(l.v), LENGTH(l.v) FROM labels l JOIN embeddings e ON e.id = l.id"))
			.isEqualTo("[[\"616263\",3]]");
		assertThat(this.client.rowsOf("SELECT LENGTH(v :> JSON) FROM embeddings WHERE id = 1")).isEqualTo("[[7]]");
	}

}
