package io.github.singlestorehttp.autoconfigure.health;

import io.github.singlestorehttp.autoconfigure.SingleStoreConnectionDetails;
import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;
import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link SingleStoreHealthIndicator}, contributed to the health endpoint as
 * {@code singlestore} and disabled with {@code management.health.singlestore.enabled=false}. Backs off
 * without {@code spring-boot-health} on the classpath or when the application defines a
 * {@code singlestoreHealthIndicator} or {@code singlestoreHealthContributor} bean.
 */
@AutoConfiguration(after = SingleStoreHttpAutoConfiguration.class)
@ConditionalOnClass({ SingleStoreTemplate.class, AbstractReactiveHealthIndicator.class })
@ConditionalOnSingleCandidate(SingleStoreTemplate.class)
@ConditionalOnBean(SingleStoreConnectionDetails.class)
@ConditionalOnEnabledHealthIndicator("singlestore")
public final class SingleStoreHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "singlestoreHealthIndicator", "singlestoreHealthContributor" })
	SingleStoreHealthIndicator singlestoreHealthIndicator(SingleStoreTemplate template,
			SingleStoreConnectionDetails connectionDetails) {
		return new SingleStoreHealthIndicator(template.reactive(), connectionDetails);
	}

}
