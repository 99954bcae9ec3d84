package io.github.singlestorehttp.local.sql;

import java.io.IOException;

/**
 * Receives the results of a query while its connection is still open, to stream them.
 */
@FunctionalInterface
public interface ResultsConsumer {

	/**
	 * Consumes the results.
	 * @param results the statement's result sets
	 * @throws IOException if writing them fails
	 */
	void accept(StatementResults results) throws IOException;

}
