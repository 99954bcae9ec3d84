package io.github.singlestorehttp.it;

import java.util.stream.Stream;

import io.github.singlestorehttp.client.RetrySettings;
import io.github.singlestorehttp.client.SingleStoreTemplate;

/**
 * Streams a query's rows and prints how many arrived; run in a JVM with a small heap by
 * {@link LargeResultStreamingTests}. Arguments: URL, user, password, database, row count.
 */
public final class StreamingClient {

	private StreamingClient() {
	}

	/**
	 * Stream the rows.
	 * @param args URL, user, password, database and the number of rows to ask for
	 */
	public static void main(String[] args) {
		SingleStoreTemplate template = SingleStoreTemplate.builder()
			.url(args[0])
			.basicAuth(args[1], args[2])
			.database(args[3])
			.retry(RetrySettings.none())
			.build();
		long expected = Long.parseLong(args[4]);
		long count = 0;
		long sum = 0;
		try (Stream<Long> ids = template.queryForStream(args[5],
				(row, rowNum) -> row.get("id", Long.class), expected)) {
			for (Long id : (Iterable<Long>) ids::iterator) {
				count++;
				sum += id;
			}
		}
		Runtime runtime = Runtime.getRuntime();
		System.out.println("rows=" + count + " sum=" + sum + " maxHeapMb=" + runtime.maxMemory() / (1024 * 1024));
	}

}
