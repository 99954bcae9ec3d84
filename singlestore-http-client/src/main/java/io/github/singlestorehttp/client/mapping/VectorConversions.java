package io.github.singlestorehttp.client.mapping;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.convert.converter.ConverterRegistry;

/**
 * Converts SingleStore vectors to {@code float[]} and {@code double[]} from every form they may arrive in:
 * JSON array text ({@code [0.1,0.2]}, how SingleStore projects a {@code VECTOR} when
 * {@code vector_type_project_format} is {@code JSON}, and how the decoder keeps a vector that arrives as a JSON
 * array), base64 text of the packed binary form (the default projection since SingleStore 8.7, as the Data API
 * encodes binary values) and {@code byte[]} of the packed binary form (a {@code BLOB} from {@code JSON_ARRAY_PACK}).
 * Packed binary is read as little-endian 32-bit floats, SingleStore's default element type {@code F32}; a vector of
 * another element type must be projected as JSON.
 */
final class VectorConversions {

	private static final int FLOAT_BYTES = Float.BYTES;

	private VectorConversions() {
	}

	static void addConverters(ConverterRegistry registry) {
		registry.addConverter(String.class, float[].class, VectorConversions::toFloats);
		registry.addConverter(String.class, double[].class, VectorConversions::toDoubles);
		registry.addConverter(byte[].class, float[].class, VectorConversions::unpack);
		registry.addConverter(byte[].class, double[].class, (bytes) -> widen(unpack(bytes)));
	}

	private static float[] toFloats(String text) {
		return isJsonArray(text) ? JsonMapper.shared().readValue(text, float[].class)
				: unpack(Base64.getDecoder().decode(text.trim()));
	}

	private static double[] toDoubles(String text) {
		return isJsonArray(text) ? JsonMapper.shared().readValue(text, double[].class)
				: widen(unpack(Base64.getDecoder().decode(text.trim())));
	}

	private static boolean isJsonArray(String text) {
		return text.stripLeading().startsWith("[");
	}

	private static float[] unpack(byte[] bytes) {
		if (bytes.length % FLOAT_BYTES != 0) {
			throw new IllegalArgumentException("A packed F32 vector has a multiple of " + FLOAT_BYTES
					+ " bytes, not " + bytes.length);
		}
		FloatBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
		float[] vector = new float[buffer.remaining()];
		buffer.get(vector);
		return vector;
	}

	private static double[] widen(float[] vector) {
		double[] wide = new double[vector.length];
		for (int index = 0; index < vector.length; index++) {
			wide[index] = Double.parseDouble(Float.toString(vector[index]));
		}
		return wide;
	}

}
