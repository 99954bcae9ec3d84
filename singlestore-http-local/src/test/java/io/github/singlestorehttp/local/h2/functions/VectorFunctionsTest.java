package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link VectorFunctions} called through H2 under their {@code SS_} names, with vectors as JSON array text and as
 * packed binary.
 */
class VectorFunctionsTest extends FunctionsDatabase {

	// https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/json-array-pack/
	@Test
	void jsonArrayPackPacksLittleEndianFloats() throws SQLException {
		assertThat(value("SELECT SS_JSON_ARRAY_PACK('[1.0, 0.5, 2.0]')"))
			.isEqualTo(HexFormat.of().parseHex("0000803F0000003F00000040"));
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/json-array-unpack/
	@Test
	void jsonArrayUnpackPrintsFloatsWithNineSignificantDigits() throws SQLException {
		assertThat(value("SELECT SS_JSON_ARRAY_UNPACK(SS_JSON_ARRAY_PACK('[12.1, 6.4]'))"))
			.isEqualTo("[12.1000004,6.4000001]");
		assertThat(value("SELECT SS_JSON_ARRAY_UNPACK(SS_JSON_ARRAY_PACK('[1, 0.5, -2, 1e-7]'))"))
			.isEqualTo("[1,0.5,-2,1.00000001e-07]");
	}

	@Test
	void dotProductAndDistanceAcceptTextAndBinaryVectors() throws SQLException {
		assertThat(value("SELECT SS_DOT_PRODUCT(SS_JSON_ARRAY_PACK('[1.0, 0.5, 2.0]'), '[1.0, 0.5, 2.0]')"))
			.isEqualTo(5.25);
		assertThat(value("SELECT SS_EUCLIDEAN_DISTANCE('[0, 0]', SS_JSON_ARRAY_PACK('[3, 4]'))")).isEqualTo(5.0);
		assertThat(value("SELECT SS_DOT_PRODUCT(NULL, '[1]')")).isNull();
	}

	@Test
	void elementWiseFunctionsReturnVectorsAsJsonArrays() throws SQLException {
		assertThat(value("SELECT SS_VECTOR_ADD('[1, 2, 3]', '[0.5, 0.5, 0.5]')")).isEqualTo("[1.5,2.5,3.5]");
		assertThat(value("SELECT SS_VECTOR_SUB('[1, 2, 3]', '[1, 1, 1]')")).isEqualTo("[0,1,2]");
		assertThat(value("SELECT SS_VECTOR_MUL('[1, 2, 3]', '[2, 2, 2]')")).isEqualTo("[2,4,6]");
		assertThat(value("SELECT SS_SCALAR_VECTOR_MUL(3, '[1, 2]')")).isEqualTo("[3,6]");
		assertThat(value("SELECT SS_VECTOR_NUM_ELEMENTS('[1, 2, 3]')")).isEqualTo(3L);
		assertThat(value("SELECT SS_VECTOR_ELEMENTS_SUM('[1, 2, 3.5]')")).isEqualTo(6.5);
		assertThat(value("SELECT SS_VECTOR_SORT('[3, 1, 2]')")).isEqualTo("[1,2,3]");
		assertThat(value("SELECT SS_VECTOR_SUBVECTOR('[1, 2, 3, 4]', 1, 2)")).isEqualTo("[2,3]");
	}

	// https://docs.singlestore.com/db/v7.8/reference/sql-reference/vector-functions/vector-sum/
	@Test
	void vectorSumAddsTheVectorsOfAGroup() throws SQLException {
		execute("CREATE TABLE v_t (x VARBINARY(100), y VARCHAR(100))");
		execute("INSERT INTO v_t VALUES (SS_JSON_ARRAY_PACK('[12.1, 6.4]'), '[8.6, 9.2]')");
		execute("INSERT INTO v_t VALUES (SS_JSON_ARRAY_PACK('[5.2, 11.7]'), NULL)");
		// sums of 32-bit floats: 12.1f + 5.2f = 17.2999992f, 6.4f + 11.7f = 18.1000004f
		assertThat(value("SELECT SS_VECTOR_SUM(x) FROM v_t")).isEqualTo("[17.2999992,18.1000004]");
		assertThat(value("SELECT SS_VECTOR_SUM(y) FROM v_t")).isEqualTo("[8.60000038,9.19999981]");
		assertThat(value("SELECT SS_VECTOR_SUM(y) FROM v_t WHERE y IS NULL")).isNull();
		execute("INSERT INTO v_t VALUES (NULL, '[1]')");
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> value("SELECT SS_VECTOR_SUM(y) FROM v_t"))
			.withMessageContaining("different dimensions");
	}

	// https://docs.singlestore.com/db/v8.5/reference/sql-reference/vector-functions/vector-kth-element/
	@Test
	void kthElementCountsFromZeroOrFromTheEnd() throws SQLException {
		assertThat((Double) value("SELECT SS_VECTOR_KTH_ELEMENT('[0.45, 0.55, 0.495, 0.5]', 1)"))
			.isCloseTo(0.55, within(1e-7));
		assertThat(value("SELECT SS_VECTOR_KTH_ELEMENT('[0.45, 0.55, 0.495, 0.5]', -1)")).isEqualTo(0.5);
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/data-types/vector-type/
	@Test
	void castChecksTheDimensionAndPrintsTheElementType() throws SQLException {
		assertThat(value("SELECT SS_VECTOR_CAST('[0.45, 0.55, 0.495]', 3, 'F32')"))
			.isEqualTo("[0.449999988,0.550000012,0.495000005]");
		assertThat(value("SELECT SS_VECTOR_CAST('[0.45, 0.55, 0.495]', 3, 'F64')")).isEqualTo("[0.45,0.55,0.495]");
		assertThat(value("SELECT SS_VECTOR_CAST('[1, -2, 127]', 3, 'I8')")).isEqualTo("[1,-2,127]");
		assertThat(VectorFunctions.format("[0.45,1]", "F32")).isEqualTo("[0.449999988,1]");
	}

	@Test
	void wrongDimensionsAndOutOfRangeElementsAreErrors() {
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> value("SELECT SS_VECTOR_CAST('[1, 2]', 3, 'F32')"))
			.satisfies((error) -> assertThat(error.getErrorCode()).isEqualTo(1105))
			.withMessageContaining("VECTOR(3, F32)");
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> value("SELECT SS_VECTOR_CAST('[300]', 1, 'I8')"))
			.withMessageContaining("out of range");
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> value("SELECT SS_DOT_PRODUCT('[1, 2]', '[1]')"))
			.withMessageContaining("different dimensions");
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> value("SELECT SS_JSON_ARRAY_PACK('[1, \"a\"]')"))
			.withMessageContaining("JSON array of numbers");
	}

}
