package io.github.singlestorehttp.autoconfigure.health;

import io.github.singlestorehttp.autoconfigure.SingleStoreConnectionDetails;
import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;
import io.github.singlestorehttp.client.SingleStoreOperations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeReactiveHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of {@link SingleStoreHealthIndicator}s, contributed to the health endpoint as
 * {@code singlestore} and disabled with {@code management.health.singlestore.enabled=false}.
 * <p>
 * As with Spring Boot's own data stores, one {@link SingleStoreOperations} bean gets one indicator, and
 * several get a composite keyed by bean name ({@code singlestore.orders}, {@code singlestore.reports}). Backs
 * off without {@code spring-boot-health} on the classpath or when the application defines a
 * {@code singlestoreHealthIndicator} or {@code singlestoreHealthContributor} bean.
 */
@AutoConfiguration(after = SingleStoreHttpAutoConfiguration.class)
@ConditionalOnClass({ SingleStoreOperations.class, AbstractReactiveHealthIndicator.class })
@ConditionalOnBean(SingleStoreOperations.class)
@ConditionalOnEnabledHealthIndicator("singlestore")
public final class SingleStoreHealthContributorAutoConfiguration
		extends CompositeReactiveHealthContributorConfiguration<SingleStoreHealthIndicator, SingleStoreOperations> {

	SingleStoreHealthContributorAutoConfiguration(ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<SingleStoreConnectionDetails> connectionDetails) {
		super(new SingleStoreHealthIndicatorFactory(beanFactory, connectionDetails));
	}

	@Bean
	@ConditionalOnMissingBean(name = { "singlestoreHealthIndicator", "singlestoreHealthContributor" })
	ReactiveHealthContributor singlestoreHealthContributor(ConfigurableListableBeanFactory beanFactory) {
		return createContributor(beanFactory, SingleStoreOperations.class);
	}

}
