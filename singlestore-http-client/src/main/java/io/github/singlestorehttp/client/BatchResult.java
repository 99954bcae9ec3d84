package io.github.singlestorehttp.client;

import java.util.List;

/**
 * The outcome of a batch: one part per request sent, in row order. A batch of single-row inserts is
 * sent as multi-row inserts, one part per chunk; other statements are sent once per row.
 *
 * @param parts the parts, in row order
 */
public record BatchResult(List<Part> parts) {

	/**
	 * Create a result.
	 * @param parts the parts, in row order
	 */
	public BatchResult {
		parts = List.copyOf(parts);
	}

	/**
	 * The rows changed by all parts together.
	 * @return the total of {@link Part#rowsAffected()}
	 */
	public long totalRowsAffected() {
		return this.parts.stream().mapToLong(Part::rowsAffected).sum();
	}

	/**
	 * The number of requests sent.
	 * @return the number of parts
	 */
	public int requestCount() {
		return this.parts.size();
	}

	/**
	 * One request of a batch.
	 *
	 * @param firstRow the index of the part's first row in the batch
	 * @param rowCount the number of batch rows the request carried
	 * @param rowsAffected the rows the request changed
	 * @param lastInsertId the first AUTO_INCREMENT value the request generated, or {@code 0}
	 */
	public record Part(int firstRow, int rowCount, long rowsAffected, long lastInsertId) {
	}

}
