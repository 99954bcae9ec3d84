package io.github.singlestorehttp.ai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.github.singlestorehttp.client.Row;
import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.ai.document.Document;
import org.springframework.ai.document.DocumentMetadata;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.vectorstore.AbstractVectorStoreBuilder;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.filter.Filter;
import org.springframework.ai.vectorstore.observation.AbstractObservationVectorStore;
import org.springframework.ai.vectorstore.observation.VectorStoreObservationContext;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.util.Assert;

/**
 * A Spring AI {@link org.springframework.ai.vectorstore.VectorStore} in a SingleStore table, over the HTTP Data
 * API through a {@link SingleStoreTemplate}. Each document is a row: its id, its text ({@code content}), its
 * metadata as JSON ({@code metadata}) and its embedding as a {@code VECTOR(n)} ({@code embedding}).
 * <ul>
 * <li>{@code add} embeds the documents through the {@link EmbeddingModel} (in the batches of its
 * {@link org.springframework.ai.embedding.BatchingStrategy}) and writes them with
 * {@link SingleStoreTemplate#batchUpdate}, which packs rows into multi-row inserts under the Data API's 1 MB
 * request limit; a document with an existing id is replaced.</li>
 * <li>{@code similaritySearch} ranks by {@link SingleStoreDistanceType} ({@code DOT_PRODUCT} by default) with top-k,
 * similarity threshold and filter expressions on the metadata (see
 * {@link SingleStoreFilterExpressionConverter}); every value travels as an argument.</li>
 * <li>{@code delete} by ids or by filter expression.</li>
 * </ul>
 * With {@link Builder#initializeSchema(boolean)}, the table is created if it does not exist, with an HNSW
 * {@code VECTOR INDEX} on the embedding, and optionally a {@code FULLTEXT} index on the content for
 * {@link #hybridSearch(SearchRequest, double)}.
 */
public final class SingleStoreVectorStore extends AbstractObservationVectorStore implements InitializingBean {

	/** The name under which observations report this store's database. */
	public static final String DATABASE_SYSTEM = "singlestore";

	private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?");

	private static final int IDS_PER_DELETE = 1000;

	private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {
	};

	private final SingleStoreTemplate template;

	private final String tableName;

	private final String quotedTable;

	private final SingleStoreDistanceType distanceType;

	private final boolean initializeSchema;

	private final @Nullable String indexOptions;

	private final boolean fullTextIndex;

	private final int batchSize;

	private final JsonMapper jsonMapper = JsonMapper.shared();

	private final SingleStoreFilterExpressionConverter filterConverter = new SingleStoreFilterExpressionConverter(
			"metadata");

	private volatile int dimensions;

	private SingleStoreVectorStore(Builder builder) {
		super(builder);
		this.template = builder.template;
		this.tableName = builder.tableName;
		this.quotedTable = quote(builder.tableName);
		this.distanceType = builder.distanceType;
		this.initializeSchema = builder.initializeSchema;
		this.indexOptions = builder.indexOptions;
		this.fullTextIndex = builder.fullTextIndex;
		this.batchSize = builder.batchSize;
		this.dimensions = builder.dimensions;
	}

	/**
	 * Start building a store.
	 * @param template the template to reach SingleStore through
	 * @param embeddingModel the model that embeds documents and queries
	 * @return the builder
	 */
	public static Builder builder(SingleStoreTemplate template, EmbeddingModel embeddingModel) {
		return new Builder(template, embeddingModel);
	}

	@Override
	public void afterPropertiesSet() {
		if (this.initializeSchema) {
			this.template.update(createTableSql());
		}
	}

	private String createTableSql() {
		return "CREATE TABLE IF NOT EXISTS " + this.quotedTable + " (id VARCHAR(255) NOT NULL PRIMARY KEY,"
				+ " content LONGTEXT, metadata JSON, embedding VECTOR(" + dimensions() + ") NOT NULL,"
				+ " VECTOR INDEX embedding_index (embedding) INDEX_OPTIONS " + IndexOptions.literal(indexOptions())
				+ (this.fullTextIndex ? ", FULLTEXT content_index (content)" : "") + ")";
	}

	private String indexOptions() {
		return (this.indexOptions != null) ? this.indexOptions
				: "{\"index_type\":\"HNSW_FLAT\",\"metric_type\":\"" + this.distanceType.indexMetric() + "\"}";
	}

	@Override
	public void doAdd(List<Document> documents) {
		if (documents.isEmpty()) {
			return;
		}
		List<float[]> embeddings = this.embeddingModel.embed(documents, EmbeddingOptions.builder().build(),
				this.batchingStrategy);
		for (int index = 0; index < embeddings.size(); index++) {
			checkDimensions(embeddings.get(index), "the embedding of document " + index);
		}
		String sql = "INSERT INTO " + this.quotedTable + " (id, content, metadata, embedding) VALUES (?, ?, ?, ?)"
				+ " ON DUPLICATE KEY UPDATE content = VALUES(content), metadata = VALUES(metadata),"
				+ " embedding = VALUES(embedding)";
		for (int from = 0; from < documents.size(); from += this.batchSize) {
			int to = Math.min(from + this.batchSize, documents.size());
			List<@Nullable Object[]> rows = new ArrayList<>(to - from);
			for (int index = from; index < to; index++) {
				Document document = documents.get(index);
				rows.add(new Object[] { document.getId(), document.getText(),
						this.jsonMapper.writeValueAsString(document.getMetadata()),
						embeddings.get(index) });
			}
			this.template.batchUpdate(sql, rows);
		}
	}

	@Override
	public void doDelete(List<String> idList) {
		for (int from = 0; from < idList.size(); from += IDS_PER_DELETE) {
			List<String> ids = idList.subList(from, Math.min(from + IDS_PER_DELETE, idList.size()));
			this.template.sql("DELETE FROM " + this.quotedTable + " WHERE id IN (:ids)").param("ids", ids).update();
		}
	}

	@Override
	protected void doDelete(Filter.Expression filterExpression) {
		SqlCondition condition = this.filterConverter.convert(filterExpression);
		this.template.update("DELETE FROM " + this.quotedTable + " WHERE " + condition.sql(),
				condition.arguments().toArray());
	}

	@Override
	public List<Document> doSimilaritySearch(SearchRequest request) {
		float[] query = checkDimensions(this.embeddingModel.embed(request.getQuery()), "the query's embedding");
		return search(request, this.distanceType.score("embedding", "? :> VECTOR(" + dimensions() + ")"),
				List.of(query));
	}

	/**
	 * Hybrid search: ranks documents by {@code vectorWeight × vector score + (1 − vectorWeight) × full-text score},
	 * the full-text score being SingleStore's {@code MATCH (content) AGAINST (query)} relevance, with the request's
	 * top-k, similarity threshold (on the combined score) and filter. The table needs a {@code FULLTEXT} index on
	 * {@code content} (see {@link Builder#fullTextIndex(boolean)}). The two scores are on different scales (the vector
	 * score within [-1, 1] for normalized embeddings, the relevance unbounded), so tune the weight to your data.
	 * Not observed as a vector store query.
	 * @param request the query, top-k, threshold and filter
	 * @param vectorWeight the weight of the vector score, between 0 and 1
	 * @return the documents, best first, with the combined score
	 */
	public List<Document> hybridSearch(SearchRequest request, double vectorWeight) {
		Assert.isTrue(vectorWeight >= 0 && vectorWeight <= 1, "vectorWeight must be between 0 and 1");
		float[] query = checkDimensions(this.embeddingModel.embed(request.getQuery()), "the query's embedding");
		String score = "? * " + this.distanceType.score("embedding", "? :> VECTOR(" + dimensions() + ")")
				+ " + ? * MATCH (content) AGAINST (?)";
		return search(request, score, List.of(vectorWeight, query, 1 - vectorWeight, request.getQuery()));
	}

	private List<Document> search(SearchRequest request, String score, List<Object> scoreArguments) {
		List<@Nullable Object> arguments = new ArrayList<>(scoreArguments);
		List<String> conditions = new ArrayList<>();
		Filter.Expression filter = request.getFilterExpression();
		if (filter != null) {
			SqlCondition condition = this.filterConverter.convert(filter);
			conditions.add(condition.sql());
			arguments.addAll(condition.arguments());
		}
		if (request.getSimilarityThreshold() > SearchRequest.SIMILARITY_THRESHOLD_ACCEPT_ALL) {
			conditions.add(score + " >= ?");
			arguments.addAll(scoreArguments);
			arguments.add(request.getSimilarityThreshold());
		}
		arguments.add(request.getTopK());
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		String sql = "SELECT id, content, metadata, " + score + " AS score FROM " + this.quotedTable + where
				+ " ORDER BY score DESC LIMIT ?";
		return this.template.query(sql, (row, rowNum) -> toDocument(row), arguments.toArray());
	}

	private Document toDocument(Row row) {
		String metadataJson = row.get("metadata", String.class);
		Map<String, Object> metadata = new HashMap<>(
				(metadataJson != null) ? this.jsonMapper.readValue(metadataJson, METADATA) : Map.of());
		Double score = row.get("score", Double.class);
		Assert.state(score != null, "A stored document has no score");
		metadata.put(DocumentMetadata.DISTANCE.value(), this.distanceType.distance(score));
		return Document.builder()
			.id(String.valueOf(row.get("id", String.class)))
			.text(row.get("content", String.class))
			.metadata(metadata)
			.score(score)
			.build();
	}

	private float[] checkDimensions(float[] embedding, String what) {
		if (embedding.length != dimensions()) {
			throw new InvalidDataAccessApiUsageException(
					"The embedding model gave " + embedding.length + " dimensions for " + what + ", but table '"
							+ this.tableName + "' holds VECTOR(" + dimensions() + "); set the store's dimensions to"
							+ " the model's");
		}
		return embedding;
	}

	int dimensions() {
		int known = this.dimensions;
		if (known <= 0) {
			known = this.embeddingModel.dimensions();
			this.dimensions = known;
		}
		return known;
	}

	@Override
	public VectorStoreObservationContext.Builder createObservationContextBuilder(String operationName) {
		return VectorStoreObservationContext.builder(DATABASE_SYSTEM, operationName)
			.collectionName(this.tableName)
			.dimensions(dimensions())
			.similarityMetric(this.distanceType.observationMetric().value());
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> Optional<T> getNativeClient() {
		return Optional.of((T) this.template);
	}

	private static String quote(String tableName) {
		if (!TABLE_NAME.matcher(tableName).matches()) {
			throw new IllegalArgumentException("Table name '" + tableName + "' is not a plain identifier"
					+ " (letters, digits, _ and $, optionally database.table)");
		}
		return "`" + tableName.replace(".", "`.`") + "`";
	}

	/** Builds a {@link SingleStoreVectorStore}. */
	public static final class Builder extends AbstractVectorStoreBuilder<Builder> {

		private final SingleStoreTemplate template;

		private String tableName = "vector_store";

		private int dimensions;

		private SingleStoreDistanceType distanceType = SingleStoreDistanceType.DOT_PRODUCT;

		private boolean initializeSchema;

		private @Nullable String indexOptions;

		private boolean fullTextIndex;

		private int batchSize = 1000;

		private Builder(SingleStoreTemplate template, EmbeddingModel embeddingModel) {
			super(embeddingModel);
			Assert.notNull(template, "template must not be null");
			this.template = template;
		}

		/**
		 * The table holding the documents, {@code vector_store} by default.
		 * @param tableName a plain identifier, optionally qualified by its database ({@code db.table})
		 * @return this builder
		 */
		public Builder tableName(String tableName) {
			quote(tableName);
			this.tableName = tableName;
			return this;
		}

		/**
		 * The number of dimensions of the embeddings; by default asked of the embedding model when first needed.
		 * @param dimensions the dimensions, positive
		 * @return this builder
		 */
		public Builder dimensions(int dimensions) {
			Assert.isTrue(dimensions > 0, "dimensions must be positive");
			this.dimensions = dimensions;
			return this;
		}

		/**
		 * How embeddings are compared, {@link SingleStoreDistanceType#DOT_PRODUCT} by default.
		 * @param distanceType the distance type
		 * @return this builder
		 */
		public Builder distanceType(SingleStoreDistanceType distanceType) {
			Assert.notNull(distanceType, "distanceType must not be null");
			this.distanceType = distanceType;
			return this;
		}

		/**
		 * Whether to create the table (with its vector index) if it does not exist, {@code false} by default.
		 * @param initializeSchema whether to create the table
		 * @return this builder
		 */
		public Builder initializeSchema(boolean initializeSchema) {
			this.initializeSchema = initializeSchema;
			return this;
		}

		/**
		 * The {@code INDEX_OPTIONS} of the vector index created with the table, a JSON object; by default
		 * {@code {"index_type":"HNSW_FLAT","metric_type":"<the distance type>"}}.
		 * @param indexOptions the options
		 * @return this builder
		 */
		public Builder indexOptions(String indexOptions) {
			IndexOptions.literal(indexOptions);
			this.indexOptions = indexOptions;
			return this;
		}

		/**
		 * Whether the table created with {@link #initializeSchema(boolean)} gets a {@code FULLTEXT} index on
		 * {@code content}, which {@link SingleStoreVectorStore#hybridSearch} needs; {@code false} by default.
		 * @param fullTextIndex whether to create the full-text index
		 * @return this builder
		 */
		public Builder fullTextIndex(boolean fullTextIndex) {
			this.fullTextIndex = fullTextIndex;
			return this;
		}

		/**
		 * The most documents written by one {@link SingleStoreTemplate#batchUpdate} call (which splits them further
		 * into requests under 1 MB), 1000 by default.
		 * @param batchSize the batch size, positive
		 * @return this builder
		 */
		public Builder batchSize(int batchSize) {
			Assert.isTrue(batchSize > 0, "batchSize must be positive");
			this.batchSize = batchSize;
			return this;
		}

		@Override
		public SingleStoreVectorStore build() {
			return new SingleStoreVectorStore(this);
		}

	}

}
