package io.github.singlestorehttp.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A real application start with an incomplete configuration: Boot's failure analysis reports what to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidSingleStoreConfigurationFailureAnalyzerTests {

	@Test
	void missingUrlIsReportedWithThePropertyToSet(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--singlestore.http.username=admin"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("No SingleStore Data API URL is configured.")
			.contains("Action:")
			.contains("Set singlestore.http.url");
	}

	@Test
	void conflictingAuthenticationIsReportedWithWhatToConfigure(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--singlestore.http.url=http://127.0.0.1:9000",
				"--singlestore.http.username=admin", "--singlestore.http.password=s3cret-pw",
				"--singlestore.http.token=jwt-secret"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Conflicting Data API authentication is configured")
			.contains("Configure exactly one of")
			.doesNotContain("s3cret-pw")
			.doesNotContain("jwt-secret");
	}

	private static void run(String... args) {
		SpringApplication application = new SpringApplication(EmptyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class EmptyApplication {

	}

}
