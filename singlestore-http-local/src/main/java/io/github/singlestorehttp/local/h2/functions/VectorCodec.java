package io.github.singlestorehttp.local.h2.functions;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.SQLException;
import java.util.StringJoiner;

import org.h2.value.DataType;
import org.h2.value.Value;
import tools.jackson.databind.JsonNode;

/**
 * Reads vectors in the two forms they reach the functions — JSON array text (from {@code VECTOR} columns and string
 * literals) and packed little-endian binary (from {@code JSON_ARRAY_PACK}) — and writes them back.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/json-array-pack/">
 * JSON_ARRAY_PACK</a>
 */
final class VectorCodec {

	private VectorCodec() {
	}

	/**
	 * Reads a vector: binary is unpacked as 32-bit floats, text is parsed as a JSON array of numbers and rounded to
	 * 32-bit floats, the default element type.
	 * @throws SQLException when the value is not a vector
	 */
	static double[] read(Value value, String function) throws SQLException {
		if (DataType.isBinaryStringType(value.getValueType())) {
			return unpack(value.getBytesNoCopy(), VectorElementType.F32, function);
		}
		return parse(value.getString(), VectorElementType.F32, function);
	}

	/**
	 * Parses a JSON array of numbers, storing each element as the element type does.
	 * @throws SQLException when the text is not a JSON array of numbers or an element is out of range
	 */
	static double[] parse(String json, VectorElementType type, String function) throws SQLException {
		JsonNode array = JsonDocuments.parse(json);
		if (array == null || !array.isArray()) {
			throw invalidVector(function);
		}
		double[] values = new double[array.size()];
		for (int index = 0; index < values.length; index++) {
			JsonNode element = array.get(index);
			if (!element.isNumber()) {
				throw invalidVector(function);
			}
			values[index] = type.store(element.doubleValue());
		}
		return values;
	}

	static double[] unpack(byte[] bytes, VectorElementType type, String function) throws SQLException {
		if (bytes.length % type.bytes() != 0) {
			throw SingleStoreErrors.unknown("Invalid vector argument to " + function
					+ ": the length of the binary value is not a multiple of " + type.bytes());
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		double[] values = new double[bytes.length / type.bytes()];
		for (int index = 0; index < values.length; index++) {
			values[index] = type.read(buffer);
		}
		return values;
	}

	static byte[] pack(double[] values, VectorElementType type) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * type.bytes()).order(ByteOrder.LITTLE_ENDIAN);
		for (double value : values) {
			type.write(buffer, value);
		}
		return buffer.array();
	}

	/** Prints a vector as SingleStore prints it: a compact JSON array of its elements. */
	static String format(double[] values, VectorElementType type) {
		StringJoiner json = new StringJoiner(",", "[", "]");
		for (double value : values) {
			json.add(type.format(value));
		}
		return json.toString();
	}

	private static SQLException invalidVector(String function) {
		return SingleStoreErrors
			.unknown("Invalid vector argument to " + function + ": expected a JSON array of numbers");
	}

}
