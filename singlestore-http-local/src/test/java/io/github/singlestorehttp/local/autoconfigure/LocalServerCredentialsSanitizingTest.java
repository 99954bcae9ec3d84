package io.github.singlestorehttp.local.autoconfigure;

import java.util.List;
import java.util.Map;

import io.github.singlestorehttp.autoconfigure.actuate.SingleStoreCredentialsSanitizingAutoConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local server's password in the actuator's {@code configprops} endpoint with {@code show-values=always}, the
 * setting under which nothing but a sanitizing function masks a value. (Its {@code env} entry is covered with the
 * other credentials in the auto-configure module.)
 */
class LocalServerCredentialsSanitizingTest {

	private static final String MASKED = "******";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LocalDataApiServerAutoConfiguration.class,
				SingleStoreCredentialsSanitizingAutoConfiguration.class))
		.withPropertyValues("singlestore.http.local.username=admin", "singlestore.http.local.password=local-secret");

	@Test
	void configpropsMasksThePasswordAndShowsTheRest() {
		this.runner.run((context) -> {
			ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(
					sanitizingFunctions(context), Show.ALWAYS);
			endpoint.setApplicationContext(context);
			ConfigurationPropertiesBeanDescriptor bean = endpoint.configurationPropertiesWithPrefix("singlestore.http.local")
				.getContexts()
				.get(context.getId())
				.getBeans()
				.values()
				.iterator()
				.next();
			Map<String, @Nullable Object> properties = bean.getProperties();

			assertThat(properties).containsEntry("password", MASKED).containsEntry("username", "admin");
		});
	}

	private static List<SanitizingFunction> sanitizingFunctions(AssertableApplicationContext context) {
		return context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
	}

}
