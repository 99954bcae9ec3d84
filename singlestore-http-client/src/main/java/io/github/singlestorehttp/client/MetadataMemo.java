package io.github.singlestorehttp.client;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Remembers what was computed for the most recent result's {@link RowMetadata}, so that work done per
 * result (matching columns to properties) is not repeated for each of its rows. All rows of a result
 * share one metadata instance; a new result recomputes. Safe for concurrent use.
 *
 * @param <V> the type of the computed value
 */
final class MetadataMemo<V> {

	private final Function<RowMetadata, V> computation;

	private volatile @Nullable Entry<V> last;

	MetadataMemo(Function<RowMetadata, V> computation) {
		this.computation = computation;
	}

	V get(RowMetadata metadata) {
		Entry<V> entry = this.last;
		if (entry == null || entry.metadata() != metadata) {
			entry = new Entry<>(metadata, this.computation.apply(metadata));
			this.last = entry;
		}
		return entry.value();
	}

	private record Entry<V>(RowMetadata metadata, V value) {
	}

}
