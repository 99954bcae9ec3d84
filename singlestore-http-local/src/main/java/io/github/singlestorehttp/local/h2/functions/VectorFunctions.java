package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

import org.h2.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * SingleStore's vector functions. A vector argument is either JSON array text (a {@code VECTOR} column or a string
 * literal) or packed little-endian 32-bit floats (from {@code JSON_ARRAY_PACK}); vectors are returned as JSON array
 * text printed as SingleStore prints {@code F32} vectors ({@code [0.449999988,0.5]}). Elements are 32-bit floats,
 * the default element type.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/">SingleStore: Vector
 * Functions</a>
 */
public final class VectorFunctions {

	private static final VectorElementType DEFAULT_TYPE = VectorElementType.F32;

	private VectorFunctions() {
	}

	/**
	 * {@code DOT_PRODUCT(a, b)}: the scalar product of two vectors of the same dimension.
	 * @throws SQLException when an argument is not a vector or the dimensions differ
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/dot-product/">
	 * DOT_PRODUCT</a>
	 */
	public static @Nullable Double dotProduct(@Nullable Value a, @Nullable Value b) throws SQLException {
		double[][] vectors = pair("DOT_PRODUCT", a, b);
		if (vectors == null) {
			return null;
		}
		double sum = 0;
		for (int index = 0; index < vectors[0].length; index++) {
			sum += vectors[0][index] * vectors[1][index];
		}
		return sum;
	}

	/**
	 * {@code EUCLIDEAN_DISTANCE(a, b)}: the Euclidean distance between two vectors of the same dimension.
	 * @throws SQLException when an argument is not a vector or the dimensions differ
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/euclidean-distance/">
	 * EUCLIDEAN_DISTANCE</a>
	 */
	public static @Nullable Double euclideanDistance(@Nullable Value a, @Nullable Value b) throws SQLException {
		double[][] vectors = pair("EUCLIDEAN_DISTANCE", a, b);
		if (vectors == null) {
			return null;
		}
		double sum = 0;
		for (int index = 0; index < vectors[0].length; index++) {
			double difference = vectors[0][index] - vectors[1][index];
			sum += difference * difference;
		}
		return Math.sqrt(sum);
	}

	/**
	 * {@code JSON_ARRAY_PACK(json)}: a JSON array of numbers as packed little-endian 32-bit floats.
	 * @throws SQLException when the text is not a JSON array of numbers
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/json-array-pack/">
	 * JSON_ARRAY_PACK</a>
	 */
	public static byte @Nullable [] jsonArrayPack(@Nullable String json) throws SQLException {
		return packed(json, DEFAULT_TYPE, "JSON_ARRAY_PACK");
	}

	/**
	 * A stored {@code VECTOR(n, elementType)} value, held as JSON array text, in the binary form SingleStore's string
	 * functions see: its elements packed little-endian as the element type ("Vector Type": "String functions, such as
	 * CONCAT, LENGTH, SUBSTRING, and HEX operate on the binary representation of a vector").
	 * @param jsonArray the stored JSON array, or {@code null}
	 * @param elementType the element type of the column
	 * @return the packed elements, or {@code null} for SQL {@code NULL}
	 * @throws SQLException when the text is not a JSON array of numbers of that element type
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/data-types/vector-type/">Vector Type</a>
	 */
	public static byte @Nullable [] pack(@Nullable String jsonArray, String elementType) throws SQLException {
		return packed(jsonArray, VectorElementType.named(elementType), "VECTOR");
	}

	private static byte @Nullable [] packed(@Nullable String json, VectorElementType type, String function)
			throws SQLException {
		return (json != null) ? VectorCodec.pack(VectorCodec.parse(json, type, function), type) : null;
	}

	/**
	 * {@code JSON_ARRAY_UNPACK(vector)}: a vector as a JSON array.
	 * @throws SQLException when the argument is not a vector
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/json-array-unpack/">
	 * JSON_ARRAY_UNPACK</a>
	 */
	public static @Nullable String jsonArrayUnpack(@Nullable Value vector) throws SQLException {
		double[] values = single("JSON_ARRAY_UNPACK", vector);
		return (values != null) ? VectorCodec.format(values, DEFAULT_TYPE) : null;
	}

	/**
	 * {@code VECTOR_NUM_ELEMENTS(vector)}.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/vector-num-elements/">
	 * VECTOR_NUM_ELEMENTS</a>
	 */
	public static @Nullable Long vectorNumElements(@Nullable Value vector) throws SQLException {
		double[] values = single("VECTOR_NUM_ELEMENTS", vector);
		return (values != null) ? (long) values.length : null;
	}

	/**
	 * {@code VECTOR_ELEMENTS_SUM(vector)}.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/vector-elements-sum/">
	 * VECTOR_ELEMENTS_SUM</a>
	 */
	public static @Nullable Double vectorElementsSum(@Nullable Value vector) throws SQLException {
		double[] values = single("VECTOR_ELEMENTS_SUM", vector);
		return (values != null) ? Arrays.stream(values).sum() : null;
	}

	/**
	 * {@code VECTOR_ADD(a, b)}: the element-wise sum of two vectors of the same dimension.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/vector-add/">
	 * VECTOR_ADD</a>
	 */
	public static @Nullable String vectorAdd(@Nullable Value a, @Nullable Value b) throws SQLException {
		return elementWise("VECTOR_ADD", a, b, Double::sum);
	}

	/**
	 * {@code VECTOR_SUB(a, b)}: the element-wise difference of two vectors of the same dimension.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/vector-sub/">
	 * VECTOR_SUB</a>
	 */
	public static @Nullable String vectorSub(@Nullable Value a, @Nullable Value b) throws SQLException {
		return elementWise("VECTOR_SUB", a, b, (left, right) -> left - right);
	}

	/**
	 * {@code VECTOR_MUL(a, b)}: the element-wise product of two vectors of the same dimension.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/vector-mul/">
	 * VECTOR_MUL</a>
	 */
	public static @Nullable String vectorMul(@Nullable Value a, @Nullable Value b) throws SQLException {
		return elementWise("VECTOR_MUL", a, b, (left, right) -> left * right);
	}

	/**
	 * {@code SCALAR_VECTOR_MUL(scalar, vector)}: every element multiplied by a number.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/scalar-vector-mul/">
	 * SCALAR_VECTOR_MUL</a>
	 */
	public static @Nullable String scalarVectorMul(@Nullable Double scalar, @Nullable Value vector)
			throws SQLException {
		double[] values = single("SCALAR_VECTOR_MUL", vector);
		if (scalar == null || values == null) {
			return null;
		}
		double[] product = new double[values.length];
		for (int index = 0; index < values.length; index++) {
			product[index] = DEFAULT_TYPE.store(scalar * values[index]);
		}
		return VectorCodec.format(product, DEFAULT_TYPE);
	}

	/**
	 * {@code VECTOR_KTH_ELEMENT(vector, k)}: the element at the zero-based position k; a negative k counts from the
	 * end.
	 * @return the element, or {@code null} when k is outside the vector (the documentation does not say)
	 * @see <a href="https://docs.singlestore.com/db/v8.5/reference/sql-reference/vector-functions/vector-kth-element/">
	 * VECTOR_KTH_ELEMENT</a>
	 */
	public static @Nullable Double vectorKthElement(@Nullable Value vector, @Nullable Long k) throws SQLException {
		double[] values = single("VECTOR_KTH_ELEMENT", vector);
		if (values == null || k == null) {
			return null;
		}
		long position = (k < 0) ? values.length + k : k;
		return (position >= 0 && position < values.length) ? values[(int) position] : null;
	}

	/**
	 * {@code VECTOR_SORT(vector)}: the elements in ascending order.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/vector-sort/">
	 * VECTOR_SORT</a>
	 */
	public static @Nullable String vectorSort(@Nullable Value vector) throws SQLException {
		double[] values = single("VECTOR_SORT", vector);
		if (values == null) {
			return null;
		}
		Arrays.sort(values);
		return VectorCodec.format(values, DEFAULT_TYPE);
	}

	/**
	 * {@code VECTOR_SUBVECTOR(vector, start, length)}: {@code length} elements from the zero-based position
	 * {@code start}; a negative start counts from the end.
	 * @throws SQLException when the range is not inside the vector
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/vector-subvector/">
	 * VECTOR_SUBVECTOR</a>
	 */
	public static @Nullable String vectorSubvector(@Nullable Value vector, @Nullable Long start, @Nullable Long length)
			throws SQLException {
		double[] values = single("VECTOR_SUBVECTOR", vector);
		if (values == null || start == null || length == null) {
			return null;
		}
		long from = (start < 0) ? values.length + start : start;
		if (from < 0 || length < 0 || from + length > values.length) {
			throw SingleStoreErrors.incorrectArguments("VECTOR_SUBVECTOR");
		}
		return VectorCodec.format(Arrays.copyOfRange(values, (int) from, (int) (from + length)), DEFAULT_TYPE);
	}

	/**
	 * {@code value :> VECTOR(dimensions, elementType)}: checks that a JSON array or packed binary has exactly the
	 * dimension and that every element fits the element type, then prints it as such a vector.
	 * @param value JSON array text or packed 32-bit floats
	 * @param dimensions the number of elements the type requires
	 * @param elementType {@code F32}, {@code F64}, {@code I8}, {@code I16}, {@code I32} or {@code I64}
	 * @return the vector as JSON array text, or {@code null} when the value is SQL {@code NULL}
	 * @throws SQLException when the value is not a vector, has another dimension or an element out of range
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/data-types/vector-type/">Vector Type</a>
	 */
	public static @Nullable String cast(@Nullable Value value, int dimensions, String elementType)
			throws SQLException {
		if (SqlArguments.isNull(value)) {
			return null;
		}
		VectorElementType type = VectorElementType.named(elementType);
		double[] values = SqlArguments.isText(value) ? VectorCodec.parse(value.getString(), type, "VECTOR")
				: storeAll(VectorCodec.read(value, "VECTOR"), type);
		if (values.length != dimensions) {
			throw SingleStoreErrors.unknown("Invalid VECTOR value: " + values.length + " elements given where VECTOR("
					+ dimensions + ", " + type + ") requires " + dimensions);
		}
		return VectorCodec.format(values, type);
	}

	/**
	 * Prints a stored {@code VECTOR(n, elementType)} value, held as JSON array text, as SingleStore prints it.
	 * @param jsonArray the stored JSON array
	 * @param elementType the element type of the column
	 * @return the printed vector
	 * @throws SQLException when the text is not a JSON array of numbers of that element type
	 */
	public static String format(String jsonArray, String elementType) throws SQLException {
		VectorElementType type = VectorElementType.named(elementType);
		return VectorCodec.format(VectorCodec.parse(jsonArray, type, "VECTOR"), type);
	}

	static SQLException dimensionMismatch(String function, int left, int right) {
		return SingleStoreErrors.unknown("Vectors passed to " + function + " have different dimensions (" + left
				+ " and " + right + ")");
	}

	private static double[] storeAll(double[] values, VectorElementType type) throws SQLException {
		double[] stored = new double[values.length];
		for (int index = 0; index < values.length; index++) {
			stored[index] = type.store(values[index]);
		}
		return stored;
	}

	private static double @Nullable [] single(String function, @Nullable Value vector) throws SQLException {
		return SqlArguments.isNull(vector) ? null : VectorCodec.read(vector, function);
	}

	private static double @Nullable [][] pair(String function, @Nullable Value a, @Nullable Value b)
			throws SQLException {
		double[] left = single(function, a);
		double[] right = single(function, b);
		if (left == null || right == null) {
			return null;
		}
		if (left.length != right.length) {
			throw dimensionMismatch(function, left.length, right.length);
		}
		return new double[][] { left, right };
	}

	private static @Nullable String elementWise(String function, @Nullable Value a, @Nullable Value b,
			DoubleBinaryOperator operation) throws SQLException {
		double[][] vectors = pair(function, a, b);
		if (vectors == null) {
			return null;
		}
		double[] result = new double[vectors[0].length];
		for (int index = 0; index < result.length; index++) {
			result[index] = DEFAULT_TYPE.store(operation.applyAsDouble(vectors[0][index], vectors[1][index]));
		}
		return VectorCodec.format(result, DEFAULT_TYPE);
	}

}
