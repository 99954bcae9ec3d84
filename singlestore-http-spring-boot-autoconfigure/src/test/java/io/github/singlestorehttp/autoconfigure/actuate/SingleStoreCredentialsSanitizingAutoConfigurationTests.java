package io.github.singlestorehttp.autoconfigure.actuate;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;

import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.PropertySummaryDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator's {@code configprops} and {@code env} endpoints with {@code show-values=always}, the
 * setting under which nothing but a sanitizing function masks a value.
 */
class SingleStoreCredentialsSanitizingAutoConfigurationTests {

	private static final String MASKED = "******";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SingleStoreHttpAutoConfiguration.class,
				SingleStoreCredentialsSanitizingAutoConfiguration.class))
		.withPropertyValues("singlestore.http.url=http://127.0.0.1:9000", "singlestore.http.username=admin",
				"singlestore.http.password=s3cret-pw");

	@Test
	void configpropsMasksThePasswordAndShowsTheRest() {
		this.contextRunner.run((context) -> {
			Map<String, @Nullable Object> properties = configurationProperties(context);
			assertThat(properties).containsEntry("password", MASKED)
				.containsEntry("username", "admin")
				.containsEntry("url", "http://127.0.0.1:9000");
		});
	}

	@Test
	void envMasksPasswordAndTokenInAnyRelaxedForm() {
		this.contextRunner
			.withSystemProperties("SINGLESTORE_HTTP_TOKEN=jwt-secret", "SINGLESTORE_HTTP_LOCAL_PASSWORD=local-secret")
			.withPropertyValues("singlestore.http.local.password=local-secret")
			.run((context) -> {
				assertThat(environmentValue(context, "singlestore.http.password")).isEqualTo(MASKED);
				assertThat(environmentValue(context, "SINGLESTORE_HTTP_TOKEN")).isEqualTo(MASKED);
				assertThat(environmentValue(context, "singlestore.http.local.password")).isEqualTo(MASKED);
				assertThat(environmentValue(context, "SINGLESTORE_HTTP_LOCAL_PASSWORD")).isEqualTo(MASKED);
				assertThat(environmentValue(context, "singlestore.http.username")).isEqualTo("admin");
			});
	}

	@Test
	void backsOffWithoutTheActuator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("singleStoreCredentialsSanitizingFunction"));
	}

	@Test
	void applicationFunctionOfTheSameNameReplacesIt() {
		this.contextRunner
			.withBean("singleStoreCredentialsSanitizingFunction", SanitizingFunction.class, () -> (data) -> data)
			.run((context) -> assertThat(environmentValue(context, "singlestore.http.password")).isEqualTo("s3cret-pw"));
	}

	private static Map<String, @Nullable Object> configurationProperties(AssertableApplicationContext context) {
		ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(
				sanitizingFunctions(context), Show.ALWAYS);
		endpoint.setApplicationContext(context);
		ConfigurationPropertiesBeanDescriptor bean = endpoint.configurationPropertiesWithPrefix("singlestore.http")
			.getContexts()
			.get(context.getId())
			.getBeans()
			.values()
			.iterator()
			.next();
		return bean.getProperties();
	}

	private static @Nullable Object environmentValue(AssertableApplicationContext context, String name) {
		EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(), sanitizingFunctions(context),
				Show.ALWAYS);
		PropertySummaryDescriptor property = endpoint.environmentEntry(name).getProperty();
		assertThat(property).as(name).isNotNull();
		return property.getValue();
	}

	private static List<SanitizingFunction> sanitizingFunctions(AssertableApplicationContext context) {
		return context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
	}

}
