package io.github.singlestorehttp.client;

import java.io.Serial;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.UncategorizedDataAccessException;

/**
 * A batch failed part way: says which request failed (its first row and row count) and which requests
 * succeeded before it, so that nothing is lost. Requests run in row order and the batch stops at the
 * failed one: every row before it is stored, no row after it was sent. Rows of the failed request were not
 * stored when the server answered with an error; after a transport failure their fate is unknown. The
 * translated exception of the failed request ({@link org.springframework.dao.DuplicateKeyException}, …) is
 * the cause.
 */
public class SingleStoreBatchUpdateException extends UncategorizedDataAccessException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient BatchResult completed;

	private final int failedFirstRow;

	private final int failedRowCount;

	/**
	 * Create an exception.
	 * @param failedFirstRow the index of the failed request's first row in the batch
	 * @param failedRowCount the number of rows the failed request carried
	 * @param completed the requests that had succeeded
	 * @param cause the failure of the request
	 */
	public SingleStoreBatchUpdateException(int failedFirstRow, int failedRowCount, BatchResult completed,
			DataAccessException cause) {
		super(message(failedFirstRow, failedRowCount, completed) + ": " + cause.getMessage(), cause);
		this.completed = completed;
		this.failedFirstRow = failedFirstRow;
		this.failedRowCount = failedRowCount;
	}

	private static String message(int failedFirstRow, int failedRowCount, BatchResult completed) {
		String failed = (failedRowCount == 1) ? "row " + failedFirstRow
				: "rows " + failedFirstRow + " to " + (failedFirstRow + failedRowCount - 1);
		String stored = (failedFirstRow == 0) ? "no row was stored"
				: "rows 0 to " + (failedFirstRow - 1) + " were stored, in " + completed.requestCount()
						+ " request(s) that changed " + completed.totalRowsAffected() + " row(s)";
		return "Batch stopped at " + failed + " (" + stored + "; later rows were not sent)";
	}

	/**
	 * The requests that succeeded before the failure; their rows are stored.
	 * @return the completed parts
	 */
	public BatchResult getCompleted() {
		return this.completed;
	}

	/**
	 * The index of the failed request's first row in the batch.
	 * @return the row index
	 */
	public int getFailedFirstRow() {
		return this.failedFirstRow;
	}

	/**
	 * The number of rows the failed request carried.
	 * @return the row count
	 */
	public int getFailedRowCount() {
		return this.failedRowCount;
	}

}
