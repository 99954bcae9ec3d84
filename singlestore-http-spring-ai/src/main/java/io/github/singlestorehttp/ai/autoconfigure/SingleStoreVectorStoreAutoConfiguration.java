package io.github.singlestorehttp.ai.autoconfigure;

import io.micrometer.observation.ObservationRegistry;

import io.github.singlestorehttp.ai.SingleStoreVectorStore;
import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;
import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.ai.embedding.BatchingStrategy;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.vectorstore.SpringAIVectorStoreTypes;
import org.springframework.ai.vectorstore.VectorStore;
import org.springframework.ai.vectorstore.observation.VectorStoreObservationConvention;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a {@link SingleStoreVectorStore} over the application's {@link SingleStoreTemplate} and
 * {@link EmbeddingModel}, configured by {@link SingleStoreVectorStoreProperties}. Backs off when the application
 * defines its own {@link VectorStore}, and when {@code spring.ai.vectorstore.type} names another store.
 */
@AutoConfiguration(after = SingleStoreHttpAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ SingleStoreVectorStore.class, EmbeddingModel.class, SingleStoreTemplate.class })
@ConditionalOnBean({ EmbeddingModel.class, SingleStoreTemplate.class })
@ConditionalOnProperty(name = SpringAIVectorStoreTypes.TYPE, havingValue = SingleStoreVectorStore.DATABASE_SYSTEM,
		matchIfMissing = true)
@EnableConfigurationProperties(SingleStoreVectorStoreProperties.class)
public final class SingleStoreVectorStoreAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(VectorStore.class)
	SingleStoreVectorStore singleStoreVectorStore(SingleStoreTemplate template, EmbeddingModel embeddingModel,
			SingleStoreVectorStoreProperties properties, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<VectorStoreObservationConvention> observationConvention,
			ObjectProvider<BatchingStrategy> batchingStrategy) {
		SingleStoreVectorStore.Builder builder = SingleStoreVectorStore.builder(template, embeddingModel)
			.tableName(properties.getTableName())
			.distanceType(properties.getDistanceType())
			.initializeSchema(properties.isInitializeSchema())
			.fullTextIndex(properties.isFullTextIndex())
			.batchSize(properties.getBatchSize())
			.observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP));
		if (properties.getDimensions() != null) {
			builder.dimensions(properties.getDimensions());
		}
		if (properties.getIndexOptions() != null) {
			builder.indexOptions(properties.getIndexOptions());
		}
		observationConvention.ifAvailable(builder::customObservationConvention);
		batchingStrategy.ifAvailable(builder::batchingStrategy);
		return builder.build();
	}

}
