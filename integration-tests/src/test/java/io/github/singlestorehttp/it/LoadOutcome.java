package io.github.singlestorehttp.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.dao.DataAccessException;

/**
 * What the callers of a {@link MixedLoad} were told: which inserts succeeded, which failed and with what exception,
 * how their reads went, and anything thrown that is not a {@link DataAccessException}. Each caller fills its own
 * outcome; {@link #merge(LoadOutcome)} combines them after the callers finished.
 */
final class LoadOutcome {

	private final Set<LoadKey> insertedKeys = new HashSet<>();

	private final Map<LoadKey, DataAccessException> failedInserts = new HashMap<>();

	private final Map<String, Integer> readFailures = new TreeMap<>();

	private final List<String> readAnomalies = new ArrayList<>();

	private final List<Throwable> unexpected = new ArrayList<>();

	private long reads;

	void inserted(LoadKey key) {
		this.insertedKeys.add(key);
	}

	void insertFailed(LoadKey key, DataAccessException ex) {
		this.failedInserts.put(key, ex);
	}

	void read() {
		this.reads++;
	}

	void readFailed(DataAccessException ex) {
		this.readFailures.merge(ex.getClass().getSimpleName(), 1, Integer::sum);
	}

	void readAnomaly(String description) {
		this.readAnomalies.add(description);
	}

	void unexpected(Throwable ex) {
		this.unexpected.add(ex);
	}

	void merge(LoadOutcome other) {
		this.insertedKeys.addAll(other.insertedKeys);
		this.failedInserts.putAll(other.failedInserts);
		other.readFailures.forEach((type, count) -> this.readFailures.merge(type, count, Integer::sum));
		this.readAnomalies.addAll(other.readAnomalies);
		this.unexpected.addAll(other.unexpected);
		this.reads += other.reads;
	}

	/**
	 * The keys of the inserts the template reported successful.
	 * @return the keys
	 */
	Set<LoadKey> insertedKeys() {
		return Collections.unmodifiableSet(this.insertedKeys);
	}

	/**
	 * The inserts the template reported failed, with the exception their caller got.
	 * @return the failures by key
	 */
	Map<LoadKey, DataAccessException> failedInserts() {
		return Collections.unmodifiableMap(this.failedInserts);
	}

	/**
	 * The number of failed inserts by exception type.
	 * @return simple class names and counts
	 */
	Map<String, Integer> insertFailureTypes() {
		Map<String, Integer> types = new TreeMap<>();
		this.failedInserts.values().forEach((ex) -> types.merge(ex.getClass().getSimpleName(), 1, Integer::sum));
		return types;
	}

	/**
	 * The reads that succeeded.
	 * @return the count
	 */
	long reads() {
		return this.reads;
	}

	/**
	 * The number of failed reads by exception type.
	 * @return simple class names and counts
	 */
	Map<String, Integer> readFailures() {
		return Collections.unmodifiableMap(this.readFailures);
	}

	/**
	 * Reads whose result contradicted what their caller knew: a count below its successful inserts or above its
	 * attempted ones.
	 * @return descriptions of the anomalies
	 */
	List<String> readAnomalies() {
		return Collections.unmodifiableList(this.readAnomalies);
	}

	/**
	 * Anything a call threw that is not a {@link DataAccessException}.
	 * @return the throwables
	 */
	List<Throwable> unexpected() {
		return Collections.unmodifiableList(this.unexpected);
	}

	/**
	 * The number of operations the callers completed, successfully or not.
	 * @return the count
	 */
	long operations() {
		int readFailureCount = this.readFailures.values().stream().mapToInt(Integer::intValue).sum();
		return this.insertedKeys.size() + this.failedInserts.size() + this.reads + readFailureCount + this.unexpected.size();
	}

}
