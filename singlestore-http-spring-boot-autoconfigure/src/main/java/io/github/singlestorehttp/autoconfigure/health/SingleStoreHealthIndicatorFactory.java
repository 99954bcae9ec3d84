package io.github.singlestorehttp.autoconfigure.health;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.autoconfigure.SingleStoreConnectionDetails;
import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;
import io.github.singlestorehttp.client.SingleStoreOperations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Creates the health indicator of one {@link SingleStoreOperations} bean. The indicator of the template that
 * {@link SingleStoreHttpAutoConfiguration} built reports the host and database of the
 * {@link SingleStoreConnectionDetails} it was built from; templates the application builds itself may point
 * anywhere, so theirs report neither.
 */
final class SingleStoreHealthIndicatorFactory implements Function<SingleStoreOperations, SingleStoreHealthIndicator> {

	private static final String AUTO_CONFIGURED_TEMPLATE = "singleStoreTemplate";

	private final ConfigurableListableBeanFactory beanFactory;

	private final ObjectProvider<SingleStoreConnectionDetails> connectionDetails;

	SingleStoreHealthIndicatorFactory(ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<SingleStoreConnectionDetails> connectionDetails) {
		this.beanFactory = beanFactory;
		this.connectionDetails = connectionDetails;
	}

	@Override
	public SingleStoreHealthIndicator apply(SingleStoreOperations operations) {
		SingleStoreConnectionDetails details = (operations == autoConfiguredTemplate())
				? this.connectionDetails.getObject() : null;
		return new SingleStoreHealthIndicator(operations.reactive(), details);
	}

	private @Nullable Object autoConfiguredTemplate() {
		if (!this.beanFactory.containsBeanDefinition(AUTO_CONFIGURED_TEMPLATE)) {
			return null;
		}
		String factoryBean = this.beanFactory.getMergedBeanDefinition(AUTO_CONFIGURED_TEMPLATE).getFactoryBeanName();
		return SingleStoreHttpAutoConfiguration.class.getName().equals(factoryBean)
				? this.beanFactory.getBean(AUTO_CONFIGURED_TEMPLATE) : null;
	}

}
