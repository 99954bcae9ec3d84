package io.github.singlestorehttp.sample;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ExitWhenReady}: the application stops after the demo only when asked.
 */
class ExitWhenReadyTests {

	@Test
	void theApplicationStopsOnceReadyWhenAsked() {
		ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class, "--server.port=0",
				"--sample.exit-when-ready=true");
		assertThat(context.isActive()).isFalse();
	}

	@Test
	void theApplicationKeepsServingByDefault() {
		try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class,
				"--server.port=0")) {
			assertThat(context.isActive()).isTrue();
		}
	}

}
