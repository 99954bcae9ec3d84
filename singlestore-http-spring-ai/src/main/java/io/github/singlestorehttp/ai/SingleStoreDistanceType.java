package io.github.singlestorehttp.ai;

import org.springframework.ai.observation.conventions.VectorStoreSimilarityMetric;

/**
 * How {@link SingleStoreVectorStore} compares embeddings, and how it turns the comparison into Spring AI's
 * similarity score (higher is more similar; similarity thresholds apply to it).
 */
public enum SingleStoreDistanceType {

	/**
	 * {@code DOT_PRODUCT} ({@code <*>}): the score is the dot product itself, which is the cosine similarity for
	 * normalized embeddings (as most embedding models produce). The default, and the metric SingleStore's vector
	 * indexes serve best.
	 */
	DOT_PRODUCT("DOT_PRODUCT", VectorStoreSimilarityMetric.DOT),

	/**
	 * {@code EUCLIDEAN_DISTANCE} ({@code <->}): the score is {@code 1 / (1 + distance)}, from 1 for identical
	 * embeddings towards 0 for distant ones.
	 */
	EUCLIDEAN_DISTANCE("EUCLIDEAN_DISTANCE", VectorStoreSimilarityMetric.EUCLIDEAN);

	private final String function;

	private final VectorStoreSimilarityMetric metric;

	SingleStoreDistanceType(String function, VectorStoreSimilarityMetric metric) {
		this.function = function;
		this.metric = metric;
	}

	/** The SQL expression of the score, given the SQL of the two vectors. */
	String score(String column, String vector) {
		String comparison = this.function + "(" + column + ", " + vector + ")";
		return (this == DOT_PRODUCT) ? comparison : "1 / (1 + " + comparison + ")";
	}

	/**
	 * The distance a score stands for, reported in the {@code distance} metadata of found documents: the Euclidean
	 * distance itself, or {@code 1 - dot product} (the cosine distance of normalized embeddings).
	 */
	double distance(double score) {
		return (this == DOT_PRODUCT) ? 1 - score : 1 / score - 1;
	}

	/** The name of the metric in SingleStore's {@code INDEX_OPTIONS}. */
	String indexMetric() {
		return this.function;
	}

	VectorStoreSimilarityMetric observationMetric() {
		return this.metric;
	}

}
