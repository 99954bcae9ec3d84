package io.github.singlestorehttp.local.autoconfigure;

import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;
import io.github.singlestorehttp.autoconfigure.SingleStoreHttpProperties;
import io.github.singlestorehttp.autoconfigure.init.SingleStoreSqlInitializationAutoConfiguration;
import io.github.singlestorehttp.local.h2.functions.JsonAggAggregate;
import io.github.singlestorehttp.local.h2.functions.JsonFunctions;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.javapoet.ClassName;
import org.springframework.jdbc.support.SQLErrorCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime hints that ahead-of-time processing of an application with the starter and the local server
 * records, for what they read by reflection or as resources.
 */
class AheadOfTimeProcessingTest {

	private final RuntimeHints hints = processAheadOfTime();

	@Test
	void schemaAndDataScriptsAreResources() {
		assertThat(RuntimeHintsPredicates.resource().forResource("schema.sql")).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("data-singlestore.sql")).accepts(this.hints);
	}

	@Test
	void theMySqlErrorCodeTableCanBeRead() {
		assertThat(RuntimeHintsPredicates.resource().forResource("org/springframework/jdbc/support/sql-error-codes.xml"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(SQLErrorCodes.class)).accepts(this.hints);
	}

	@Test
	void propertiesCanBeBound() {
		assertThat(RuntimeHintsPredicates.reflection().onType(SingleStoreHttpProperties.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(LocalDataApiServerProperties.class)).accepts(this.hints);
	}

	@Test
	void theLocalServerFindsItsResourceAndFunctions() {
		assertThat(RuntimeHintsPredicates.resource().forResource("io/github/singlestorehttp/local/http/openapi.yaml"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(JsonFunctions.class)
			.withMemberCategory(MemberCategory.INVOKE_PUBLIC_METHODS)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(JsonAggAggregate.class)
			.withMemberCategory(MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS)).accepts(this.hints);
	}

	private static RuntimeHints processAheadOfTime() {
		DefaultGenerationContext generationContext = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(AheadOfTimeProcessingTest.class)), new InMemoryGeneratedFiles());
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.register(Application.class);
			new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext);
		}
		return generationContext.getRuntimeHints();
	}

	@ImportAutoConfiguration({ LocalDataApiServerAutoConfiguration.class, SingleStoreHttpAutoConfiguration.class,
			SingleStoreSqlInitializationAutoConfiguration.class })
	static class Application {

	}

}
