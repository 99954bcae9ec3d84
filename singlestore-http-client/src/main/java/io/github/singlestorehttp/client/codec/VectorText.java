package io.github.singlestorehttp.client.codec;

import java.math.BigDecimal;
import java.util.StringJoiner;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Writes {@code float[]} and {@code double[]} arguments as the JSON array text ({@code [0.5,-1,2.25]}) that
 * SingleStore converts into a {@code VECTOR} column and that {@code ? :> VECTOR(n)} turns into a vector in
 * {@code DOT_PRODUCT}, {@code EUCLIDEAN_DISTANCE}, {@code <*>} and {@code <->}. Each element is written in its
 * shortest exact decimal form, without an exponent; a {@code float} element is written as the {@code float} it is,
 * not as its wider {@code double} expansion.
 */
final class VectorText {

	private VectorText() {
	}

	static String format(float[] vector, int position) {
		return format(vector.length, (index) -> Float.isFinite(vector[index]) ? Float.toString(vector[index]) : null,
				position);
	}

	static String format(double[] vector, int position) {
		return format(vector.length, (index) -> Double.isFinite(vector[index]) ? Double.toString(vector[index]) : null,
				position);
	}

	private static String format(int length, IntFunction<@Nullable String> finiteElement, int position) {
		if (length == 0) {
			throw new InvalidDataAccessApiUsageException(
					"Argument " + position + " is an empty vector; a VECTOR has at least one element");
		}
		StringJoiner text = new StringJoiner(",", "[", "]");
		for (int index = 0; index < length; index++) {
			String element = finiteElement.apply(index);
			if (element == null) {
				throw new InvalidDataAccessApiUsageException("Argument " + position + " is a vector whose element "
						+ index + " is not a finite number, which a VECTOR cannot hold");
			}
			text.add(plain(element));
		}
		return text.toString();
	}

	private static String plain(String shortest) {
		String text = (shortest.indexOf('E') >= 0) ? new BigDecimal(shortest).stripTrailingZeros().toPlainString() : shortest;
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
