package io.github.singlestorehttp.sample;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DotenvPropertySourceLoaderTests {

	private final DotenvPropertySourceLoader loader = new DotenvPropertySourceLoader();

	@Test
	void readsQuotedAndPlainValuesAndSkipsComments() throws Exception {
		String env = """
				# credentials
				DB_USER="admin"
				DB_PASSWORD='p@ss=word#1'
				export DB_HOST=svc-1.singlestore.com

				DB_NAME = app
				""";
		PropertySource<?> source = this.loader.load(".env", resource(env)).get(0);
		assertThat(source.getProperty("DB_USER")).isEqualTo("admin");
		assertThat(source.getProperty("DB_PASSWORD")).isEqualTo("p@ss=word#1");
		assertThat(source.getProperty("DB_HOST")).isEqualTo("svc-1.singlestore.com");
		assertThat(source.getProperty("DB_NAME")).isEqualTo("app");
	}

	@Test
	void malformedLineIsAClearError() {
		assertThatIllegalStateException().isThrownBy(() -> this.loader.load(".env", resource("A=1\nnot a pair\n")))
			.withMessageContaining("Line 2");
	}

	@Test
	void emptyFileGivesNoPropertySource() throws Exception {
		assertThat(this.loader.load(".env", resource("# nothing\n"))).isEmpty();
	}

	private static ByteArrayResource resource(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
	}

}
