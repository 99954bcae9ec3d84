package io.github.singlestorehttp.ai.autoconfigure;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.ai.SingleStoreDistanceType;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the SingleStore vector store.
 */
@ConfigurationProperties(SingleStoreVectorStoreProperties.PREFIX)
public class SingleStoreVectorStoreProperties {

	/** The prefix of the settings. */
	public static final String PREFIX = "spring.ai.vectorstore.singlestore";

	/**
	 * Table holding the documents, optionally qualified by its database (db.table).
	 */
	private String tableName = "vector_store";

	/**
	 * Number of dimensions of the embeddings. Asked of the embedding model when not set.
	 */
	private @Nullable Integer dimensions;

	/**
	 * How embeddings are compared: DOT_PRODUCT (the score is the dot product, the cosine similarity of normalized
	 * embeddings) or EUCLIDEAN_DISTANCE (the score is 1 / (1 + distance)).
	 */
	private SingleStoreDistanceType distanceType = SingleStoreDistanceType.DOT_PRODUCT;

	/**
	 * Whether to create the table, with a vector index on the embedding, if it does not exist.
	 */
	private boolean initializeSchema;

	/**
	 * INDEX_OPTIONS of the vector index created with the table, a JSON object. By default an HNSW_FLAT index for
	 * the distance type.
	 */
	private @Nullable String indexOptions;

	/**
	 * Whether the table created by initialize-schema gets a FULLTEXT index on the content, which hybrid search
	 * needs.
	 */
	private boolean fullTextIndex;

	/**
	 * Most documents written by one batch update, which is further split into requests under the Data API's 1 MB
	 * limit.
	 */
	private int batchSize = 1000;

	public String getTableName() {
		return this.tableName;
	}

	public void setTableName(String tableName) {
		this.tableName = tableName;
	}

	public @Nullable Integer getDimensions() {
		return this.dimensions;
	}

	public void setDimensions(@Nullable Integer dimensions) {
		this.dimensions = dimensions;
	}

	public SingleStoreDistanceType getDistanceType() {
		return this.distanceType;
	}

	public void setDistanceType(SingleStoreDistanceType distanceType) {
		this.distanceType = distanceType;
	}

	public boolean isInitializeSchema() {
		return this.initializeSchema;
	}

	public void setInitializeSchema(boolean initializeSchema) {
		this.initializeSchema = initializeSchema;
	}

	public @Nullable String getIndexOptions() {
		return this.indexOptions;
	}

	public void setIndexOptions(@Nullable String indexOptions) {
		this.indexOptions = indexOptions;
	}

	public boolean isFullTextIndex() {
		return this.fullTextIndex;
	}

	public void setFullTextIndex(boolean fullTextIndex) {
		this.fullTextIndex = fullTextIndex;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

}
