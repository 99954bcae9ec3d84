package io.github.singlestorehttp.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.singlestorehttp.client.RetrySettings;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.filter.FilterExpressionBuilder;
import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link SingleStoreVectorStore} against the local server, with a deterministic embedding model.
 */
@LocalDataApiServerTest
class SingleStoreVectorStoreTests {

	private static final int DIMENSIONS = 64;

	private static final AtomicInteger TABLES = new AtomicInteger();

	private static SingleStoreTemplate template;

	private final WordHashingEmbeddingModel embeddingModel = new WordHashingEmbeddingModel(DIMENSIONS);

	private String table;

	private SingleStoreVectorStore store;

	@BeforeAll
	static void connect(LocalDataApiServer server) {
		template = SingleStoreTemplate.builder()
			.url(server.url())
			.basicAuth(server.username(), server.password())
			.database(server.database())
			.retry(RetrySettings.none())
			.build();
	}

	@BeforeEach
	void createStore() {
		this.table = "docs_" + TABLES.incrementAndGet();
		this.store = store(SingleStoreDistanceType.DOT_PRODUCT);
		this.store.add(List.of(
				document("cats", "Cats purr and sleep in the sun", Map.of("country", "NL", "year", 2019, "rating", 4.5)),
				document("dogs", "Dogs bark and fetch sticks in the park",
						Map.of("country", "BE", "year", 2021, "rating", 3.0)),
				document("stocks", "Stock markets fell as interest rates rose",
						Map.of("country", "US", "year", 2023, "rating", 2.5)),
				document("kittens", "Kittens purr loudly",
						Map.of("country", "O'Brien land", "year", 2021, "active", true))));
	}

	private SingleStoreVectorStore store(SingleStoreDistanceType distanceType) {
		SingleStoreVectorStore created = SingleStoreVectorStore.builder(template, this.embeddingModel)
			.tableName(this.table)
			.dimensions(DIMENSIONS)
			.distanceType(distanceType)
			.initializeSchema(true)
			.fullTextIndex(true)
			.build();
		created.afterPropertiesSet();
		return created;
	}

	@Test
	void nearestDocumentComesFirstWithScoresDescending() {
		List<Document> found = this.store.similaritySearch(SearchRequest.builder().query("cats purr").topK(2).build());
		assertThat(found).extracting(Document::getId).containsExactly("cats", "kittens");
		assertThat(found.get(0).getScore())
			.isCloseTo(dotProduct(this.embeddingModel.embed("cats purr"),
					this.embeddingModel.embed("Cats purr and sleep in the sun")), within(1e-5));
		assertThat(found.get(0).getText()).isEqualTo("Cats purr and sleep in the sun");
		assertThat((double) found.get(0).getMetadata().get("distance")).isCloseTo(1 - found.get(0).getScore(),
				within(1e-9));
		assertThat(found.get(0).getMetadata()).containsEntry("country", "NL").containsEntry("year", 2019);
		assertThat(found).extracting(Document::getScore).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void euclideanDistanceRanksTheSame() {
		this.table = "docs_" + TABLES.incrementAndGet();
		SingleStoreVectorStore euclidean = store(SingleStoreDistanceType.EUCLIDEAN_DISTANCE);
		euclidean.add(List.of(document("cats", "Cats purr and sleep in the sun", Map.of()),
				document("kittens", "Kittens purr loudly", Map.of()), document("stocks", "Stock markets fell", Map.of())));
		List<Document> found = euclidean.similaritySearch(SearchRequest.builder().query("kittens purr").topK(3).build());
		assertThat(found).extracting(Document::getId).containsExactly("kittens", "cats", "stocks");
		assertThat(found.get(2).getScore()).isCloseTo(1 / (1 + Math.sqrt(2)), within(1e-5));
		assertThat((double) found.get(2).getMetadata().get("distance")).isCloseTo(Math.sqrt(2), within(1e-5));
	}

	@Test
	void similarityThresholdDropsDistantDocuments() {
		SearchRequest.Builder request = SearchRequest.builder().query("Kittens purr loudly").topK(10);
		assertThat(this.store.similaritySearch(request.similarityThreshold(0.99).build())).extracting(Document::getId)
			.containsExactly("kittens");
		assertThat(this.store.similaritySearch(request.similarityThreshold(0.3).build())).extracting(Document::getId)
			.containsExactly("kittens", "cats");
		assertThat(this.store.similaritySearch(request.similarityThresholdAll().build())).hasSize(4);
	}

	@Test
	void hybridSearchWeighsVectorScoreAgainstFullTextRelevance() {
		SearchRequest request = SearchRequest.builder().query("purr").topK(10).similarityThreshold(0.000001).build();
		assertThat(this.store.hybridSearch(request, 0)).extracting(Document::getId)
			.containsExactlyInAnyOrder("cats", "kittens");
		assertThat(this.store.hybridSearch(request, 1)).extracting(Document::getId)
			.containsExactlyElementsOf(this.store.similaritySearch(request).stream().map(Document::getId).toList());
		Document kittens = this.store.hybridSearch(SearchRequest.from(request).filterExpression("year == 2021").build(),
				0.25)
			.get(0);
		assertThat(kittens.getId()).isEqualTo("kittens");
		Double relevance = template.queryForObject(
				"SELECT MATCH (content) AGAINST ('purr') FROM " + this.table + " WHERE id = 'kittens'", Double.class);
		double vectorScore = dotProduct(this.embeddingModel.embed("purr"), this.embeddingModel.embed("Kittens purr loudly"));
		assertThat(kittens.getScore()).isCloseTo(0.25 * vectorScore + 0.75 * relevance, within(1e-5));
	}

	@Test
	void topKLimitsTheResults() {
		assertThat(this.store.similaritySearch(SearchRequest.builder().query("purr").topK(1).build()))
			.hasSize(1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			country == 'NL'                            | cats
			country != 'NL'                            | dogs,kittens,stocks
			year < 2021                                | cats
			year <= 2021                               | cats,dogs,kittens
			year > 2021                                | stocks
			year >= 2021                               | dogs,kittens,stocks
			rating > 2.75                              | cats,dogs
			country IN ['NL', 'BE']                    | cats,dogs
			country NIN ['NL', 'BE']                   | kittens,stocks
			year IN [2019, 2023]                       | cats,stocks
			country == 'BE' AND year == 2021           | dogs
			country == 'NL' OR year == 2023            | cats,stocks
			NOT (country == 'NL')                      | dogs,kittens,stocks
			(country == 'NL' OR country == 'BE') AND year > 2020 | dogs
			country == 'O\\'Brien land'                | kittens
			active == true                             | kittens
			""")
	void filterExpressionsSelectByMetadata(String filter, String expectedIds) {
		List<Document> found = this.store.similaritySearch(
				SearchRequest.builder().query("anything").topK(10).similarityThresholdAll().filterExpression(filter).build());
		assertThat(found).extracting(Document::getId).containsExactlyInAnyOrder(expectedIds.split(","));
	}

	@Test
	void deleteByIds() {
		this.store.delete(List.of("cats", "stocks", "missing"));
		assertThat(ids()).containsExactlyInAnyOrder("dogs", "kittens");
	}

	@Test
	void deleteByFilterExpression() {
		this.store.delete(new FilterExpressionBuilder().gte("year", 2021).build());
		assertThat(ids()).containsExactly("cats");
		this.store.delete("country == 'NL'");
		assertThat(ids()).isEmpty();
	}

	@Test
	void addingAnExistingIdReplacesTheDocument() {
		this.store.add(List.of(document("cats", "Stock markets fell", Map.of("country", "FR"))));
		List<Document> found = this.store.similaritySearch(
				SearchRequest.builder().query("Stock markets fell").topK(10).similarityThreshold(0.99).build());
		assertThat(found).extracting(Document::getId).containsExactly("cats");
		assertThat(found.get(0).getMetadata()).containsEntry("country", "FR").doesNotContainKey("year");
		assertThat(ids()).hasSize(4);
	}

	@Test
	void tenThousandDocumentsAreAddedInBatchesUnderTheRequestLimit() {
		List<Document> documents = new ArrayList<>();
		IntStream.range(0, 10_000)
			.forEach((i) -> documents.add(document("bulk-" + i, "document number " + i + " about topic " + (i % 97),
					Map.of("n", i))));
		this.store.add(documents);
		assertThat(template.queryForObject("SELECT COUNT(*) FROM " + this.table, Long.class)).isEqualTo(10_004L);
		List<Document> found = this.store.similaritySearch(SearchRequest.builder()
			.query("document number 4242 about topic 71")
			.topK(1)
			.filterExpression("n >= 4000 AND n < 5000")
			.build());
		assertThat(found).extracting(Document::getId).containsExactly("bulk-4242");
	}

	@Test
	void embeddingOfTheWrongDimensionFailsBeforeWritingAnyBatch() {
		EmbeddingModel lastOneShort = new WordHashingEmbeddingModel(DIMENSIONS) {

			@Override
			public EmbeddingResponse call(EmbeddingRequest request) {
				EmbeddingResponse response = super.call(request);
				List<Embedding> embeddings = new ArrayList<>(response.getResults());
				int last = embeddings.size() - 1;
				embeddings.set(last, new Embedding(new float[8], last));
				return new EmbeddingResponse(embeddings);
			}

		};
		SingleStoreVectorStore mismatched = SingleStoreVectorStore.builder(template, lastOneShort)
			.tableName(this.table)
			.dimensions(DIMENSIONS)
			.batchSize(1)
			.build();
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> mismatched
				.add(List.of(document("fine", "fine one", Map.of()), document("odd", "odd one", Map.of()))))
			.withMessageContaining("8 dimensions for the embedding of document 1")
			.withMessageContaining("VECTOR(64)");
		assertThat(ids()).doesNotContain("fine", "odd");
	}

	@Test
	void schemaCreationIsIdempotentAndDimensionsComeFromTheModelByDefault() {
		SingleStoreVectorStore defaults = SingleStoreVectorStore.builder(template, new WordHashingEmbeddingModel(16))
			.tableName(this.table + "_defaults")
			.initializeSchema(true)
			.build();
		defaults.afterPropertiesSet();
		defaults.afterPropertiesSet();
		defaults.add(List.of(document("one", "one two", Map.of())));
		assertThat(template.queryForObject("SELECT embedding FROM " + this.table + "_defaults", float[].class))
			.hasSize(16);
	}

	private static double dotProduct(float[] left, float[] right) {
		double sum = 0;
		for (int index = 0; index < left.length; index++) {
			sum += left[index] * right[index];
		}
		return sum;
	}

	private List<String> ids() {
		return template.query("SELECT id FROM " + this.table, String.class);
	}

	private static Document document(String id, String text, Map<String, Object> metadata) {
		return Document.builder().id(id).text(text).metadata(metadata).build();
	}

}
