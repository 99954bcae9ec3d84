package io.github.singlestorehttp.ai.autoconfigure;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.singlestorehttp.ai.SingleStoreVectorStore;
import io.github.singlestorehttp.ai.WordHashingEmbeddingModel;
import io.github.singlestorehttp.client.RetrySettings;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.SimpleVectorStore;
import org.springframework.ai.vectorstore.VectorStore;
import org.springframework.ai.vectorstore.observation.VectorStoreObservationContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SingleStoreVectorStoreAutoConfiguration}: conditions, back-off and properties.
 */
@LocalDataApiServerTest
class SingleStoreVectorStoreAutoConfigurationTests {

	private static SingleStoreTemplate template;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SingleStoreVectorStoreAutoConfiguration.class));

	@BeforeAll
	static void connect(LocalDataApiServer server) {
		template = SingleStoreTemplate.builder()
			.url(server.url())
			.basicAuth(server.username(), server.password())
			.database(server.database())
			.retry(RetrySettings.none())
			.build();
	}

	private ApplicationContextRunner withTemplateAndModel() {
		return this.runner.withBean(SingleStoreTemplate.class, () -> template)
			.withBean(EmbeddingModel.class, () -> new WordHashingEmbeddingModel(32));
	}

	@Test
	void createsTheStoreWithDefaults() {
		withTemplateAndModel().run((context) -> {
			assertThat(context).hasSingleBean(SingleStoreVectorStore.class);
			VectorStoreObservationContext observation = context.getBean(SingleStoreVectorStore.class)
				.createObservationContextBuilder("query")
				.build();
			assertThat(observation.getCollectionName()).isEqualTo("vector_store");
			assertThat(observation.getDimensions()).isEqualTo(32);
			assertThat(observation.getSimilarityMetric()).isEqualTo("dot");
		});
	}

	@Test
	void propertiesConfigureTheStoreAndInitializeTheSchema() {
		withTemplateAndModel()
			.withPropertyValues("spring.ai.vectorstore.singlestore.table-name=configured_docs",
					"spring.ai.vectorstore.singlestore.dimensions=32",
					"spring.ai.vectorstore.singlestore.distance-type=euclidean-distance",
					"spring.ai.vectorstore.singlestore.initialize-schema=true",
					"spring.ai.vectorstore.singlestore.index-options={\"index_type\":\"IVF_PQFS\"}",
					"spring.ai.vectorstore.singlestore.full-text-index=true",
					"spring.ai.vectorstore.singlestore.batch-size=2")
			.run((context) -> {
				SingleStoreVectorStore store = context.getBean(SingleStoreVectorStore.class);
				VectorStoreObservationContext observation = store.createObservationContextBuilder("add").build();
				assertThat(observation.getCollectionName()).isEqualTo("configured_docs");
				assertThat(observation.getSimilarityMetric()).isEqualTo("euclidean");
				store.add(List.of(new Document("a", "one", Map.of()), new Document("b", "two", Map.of()),
						new Document("c", "three", Map.of())));
				assertThat(store.similaritySearch(SearchRequest.builder().query("two").topK(1).build()))
					.extracting(Document::getId)
					.containsExactly("b");
				assertThat(template.queryForObject("SELECT COUNT(*) FROM configured_docs", Long.class)).isEqualTo(3L);
				assertThat(store.hybridSearch(SearchRequest.builder().query("three").topK(1).build(), 0))
					.extracting(Document::getId)
					.containsExactly("c");
			});
	}

	@Test
	void backsOffWhenTheApplicationDefinesAVectorStore() {
		withTemplateAndModel()
			.withBean("userStore", VectorStore.class,
					() -> SimpleVectorStore.builder(new WordHashingEmbeddingModel(32)).build())
			.run((context) -> assertThat(context).doesNotHaveBean(SingleStoreVectorStore.class)
				.hasBean("userStore"));
	}

	@Test
	void backsOffWithoutAnEmbeddingModel() {
		this.runner.withBean(SingleStoreTemplate.class, () -> template)
			.run((context) -> assertThat(context).doesNotHaveBean(VectorStore.class));
	}

	@Test
	void backsOffWithoutATemplate() {
		this.runner.withBean(EmbeddingModel.class, () -> new WordHashingEmbeddingModel(32))
			.run((context) -> assertThat(context).doesNotHaveBean(VectorStore.class));
	}

	@Test
	void backsOffWhenAnotherStoreTypeIsSelected() {
		withTemplateAndModel().withPropertyValues("spring.ai.vectorstore.type=pgvector")
			.run((context) -> assertThat(context).doesNotHaveBean(VectorStore.class));
	}

	@Test
	void invalidTableNameFailsTheContext() {
		withTemplateAndModel().withPropertyValues("spring.ai.vectorstore.singlestore.table-name=docs; DROP TABLE x")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("is not a plain identifier"));
	}

}
