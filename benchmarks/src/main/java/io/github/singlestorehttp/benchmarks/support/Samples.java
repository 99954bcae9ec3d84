package io.github.singlestorehttp.benchmarks.support;

import java.util.Arrays;

/**
 * The same figure measured in repeated runs, summarized as median and spread (minimum to maximum).
 */
public final class Samples {

	private final double[] values;

	private Samples(double[] values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("No samples");
		}
		this.values = values.clone();
		Arrays.sort(this.values);
	}

	/**
	 * Creates a summary of the given values.
	 * @param values one value per run
	 * @return the summary
	 */
	public static Samples of(double... values) {
		return new Samples(values);
	}

	/**
	 * The median: the middle value, or the mean of the two middle values.
	 * @return the median
	 */
	public double median() {
		int middle = this.values.length / 2;
		return (this.values.length % 2 == 1) ? this.values[middle]
				: (this.values[middle - 1] + this.values[middle]) / 2;
	}

	/**
	 * The smallest value.
	 * @return the minimum
	 */
	public double min() {
		return this.values[0];
	}

	/**
	 * The largest value.
	 * @return the maximum
	 */
	public double max() {
		return this.values[this.values.length - 1];
	}

	/**
	 * The number of runs.
	 * @return the count
	 */
	public int count() {
		return this.values.length;
	}

	/**
	 * The median with its spread, for example {@code 1,234 (1,200–1,300, n=5)}.
	 * @param format a {@link String#format} pattern for one value
	 * @return the text
	 */
	public String describe(String format) {
		if (this.values.length == 1) {
			return String.format(format, median()) + " (n=1)";
		}
		return String.format(format, median()) + " (" + String.format(format, min()) + "–" + String.format(format, max())
				+ ", n=" + this.values.length + ")";
	}

}
