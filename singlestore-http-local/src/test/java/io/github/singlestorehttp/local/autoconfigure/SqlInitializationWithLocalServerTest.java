package io.github.singlestorehttp.local.autoconfigure;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;
import io.github.singlestorehttp.autoconfigure.init.SingleStoreScriptDatabaseInitializer;
import io.github.singlestorehttp.autoconfigure.init.SingleStoreSqlInitializationAutoConfiguration;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.sql.autoconfigure.init.ApplicationScriptDatabaseInitializer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.init.ScriptStatementFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link SingleStoreSqlInitializationAutoConfiguration} running scripts on the local server: the one the
 * application starts (embedded) and one started apart and reached by its URL, as a remote SingleStore is.
 */
class SqlInitializationWithLocalServerTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LocalDataApiServerAutoConfiguration.class,
				SingleStoreHttpAutoConfiguration.class, SingleStoreSqlInitializationAutoConfiguration.class));

	/** The runner with a class path whose root holds schema-singlestore.sql, data-singlestore.sql and schema-other.sql. */
	private final ApplicationContextRunner withDefaultScripts = this.runner.withClassLoader(
			new URLClassLoader(new URL[] { getClass().getResource("/sql-init/defaults/") }, getClass().getClassLoader()));

	@Test
	void runsTheDefaultScriptsOnTheEmbeddedServer() {
		this.withDefaultScripts.run((context) -> assertThat(
				template(context).query("SELECT text FROM greetings", String.class)).containsExactly("hello"));
	}

	@Test
	void beansThatDependOnDatabaseInitializationSeeTheScriptsApplied() {
		this.runner.withUserConfiguration(PeopleCountConfiguration.class)
			.withPropertyValues("spring.sql.init.schema-locations=classpath:sql-init/people.sql")
			.run((context) -> assertThat(context.getBean(PeopleCount.class).value()).isEqualTo(1));
	}

	@Test
	void modeNeverRunsNoScripts() {
		this.withDefaultScripts.withPropertyValues("spring.sql.init.mode=never").run((context) -> {
			assertThat(context).doesNotHaveBean(SingleStoreScriptDatabaseInitializer.class);
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> template(context).query("SELECT text FROM greetings", String.class));
		});
	}

	@Test
	void modeEmbeddedLeavesARemoteServerAlone() {
		try (LocalDataApiServer remote = LocalDataApiServer.builder().build().start()) {
			this.withDefaultScripts.withPropertyValues(remoteProperties(remote)).run((context) -> {
				assertThat(context).hasNotFailed();
				assertThatExceptionOfType(DataAccessException.class)
					.isThrownBy(() -> template(context).query("SELECT text FROM greetings", String.class));
			});
		}
	}

	@Test
	void modeAlwaysInitializesARemoteServer() {
		try (LocalDataApiServer remote = LocalDataApiServer.builder().build().start()) {
			this.withDefaultScripts
				.withPropertyValues(remoteProperties(remote))
				.withPropertyValues("spring.sql.init.mode=always")
				.run((context) -> assertThat(template(context).query("SELECT text FROM greetings", String.class))
					.containsExactly("hello"));
		}
	}

	@Test
	void platformSelectsTheDefaultScripts() {
		this.withDefaultScripts
			.withPropertyValues("spring.sql.init.platform=other")
			.run((context) -> {
				assertThat(template(context).query("SELECT COUNT(*) FROM others", Long.class)).containsExactly(0L);
				assertThatExceptionOfType(DataAccessException.class)
					.isThrownBy(() -> template(context).query("SELECT text FROM greetings", String.class));
			});
	}

	@Test
	void aScriptIsSplitAsMySqlReadsIt() {
		withScript("tricky.sql", (context) -> assertThat(
				template(context).query("SELECT `value;col` FROM `odd;table` ORDER BY id", String.class))
			.containsExactly("semi;colon", "it's; escaped", "doubled 'quote'; here", "double \"quoted\"; text",
					"back\\slash"));
	}

	@Test
	void aFailingStatementStopsStartupNamingTheScriptAndTheStatementNumber() {
		withScript("broken.sql", (context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining(ScriptStatementFailedException.class.getName()
					+ ": Failed to execute SQL script statement #3 of class path resource [sql-init/broken.sql]: "
					+ "INSERT INTO no_such_table (id) VALUES (2)");
		});
	}

	@Test
	void continueOnErrorRunsTheStatementsAfterAFailingOne() {
		this.runner
			.withPropertyValues("spring.sql.init.schema-locations=classpath:sql-init/broken.sql",
					"spring.sql.init.continue-on-error=true")
			.run((context) -> assertThat(template(context).query("SELECT id FROM broken ORDER BY id", Long.class))
				.containsExactly(1L, 3L));
	}

	@Test
	void theSeparatorIsApplied() {
		this.runner
			.withPropertyValues("spring.sql.init.schema-locations=classpath:sql-init/dollar-separated.sql",
					"spring.sql.init.separator=$$")
			.run((context) -> assertThat(template(context).query("SELECT note FROM dollars", String.class))
				.containsExactly("a;b"));
	}

	@Test
	void theEncodingIsApplied() {
		this.runner
			.withPropertyValues("spring.sql.init.schema-locations=classpath:sql-init/latin1.sql",
					"spring.sql.init.encoding=ISO-8859-1")
			.run((context) -> assertThat(template(context).query("SELECT word FROM latin", String.class))
				.containsExactly("caf\u00e9"));
	}

	@Test
	void backsOffWhenTheApplicationDefinesAnInitializer() {
		this.withDefaultScripts.withUserConfiguration(OwnInitializerConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ApplicationScriptDatabaseInitializer.class)
				.hasBean("ownInitializer")
				.doesNotHaveBean(SingleStoreScriptDatabaseInitializer.class);
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> template(context).query("SELECT text FROM greetings", String.class));
		});
	}

	@Test
	void backsOffWithoutATemplate() {
		this.runner.withPropertyValues("singlestore.http.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SingleStoreScriptDatabaseInitializer.class));
	}

	@Test
	void springBootsJdbcInitializerBacksOffForTheTemplatesOne() {
		this.withDefaultScripts
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceInitializationAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:jdbc-initializer-test")
			.run((context) -> {
				assertThat(context).hasSingleBean(DataSource.class)
					.hasSingleBean(ApplicationScriptDatabaseInitializer.class)
					.hasSingleBean(SingleStoreScriptDatabaseInitializer.class);
				assertThat(template(context).query("SELECT text FROM greetings", String.class)).containsExactly("hello");
			});
	}

	private void withScript(String script, Consumer<AssertableApplicationContext> assertions) {
		this.runner.withPropertyValues("spring.sql.init.schema-locations=classpath:sql-init/" + script)
			.run(assertions::accept);
	}

	private static String[] remoteProperties(LocalDataApiServer remote) {
		return new String[] { "singlestore.http.url=" + remote.url(), "singlestore.http.username=" + remote.username(),
				"singlestore.http.password=" + remote.password(), "singlestore.http.database=" + remote.database() };
	}

	private static SingleStoreTemplate template(AssertableApplicationContext context) {
		return context.getBean(SingleStoreTemplate.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class PeopleCountConfiguration {

		@Bean
		@DependsOnDatabaseInitialization
		PeopleCount peopleCount(SingleStoreTemplate template) {
			return new PeopleCount(template.query("SELECT COUNT(*) FROM people", Long.class).get(0));
		}

	}

	record PeopleCount(long value) {
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnInitializerConfiguration {

		@Bean
		ApplicationScriptDatabaseInitializer ownInitializer() {
			return new ApplicationScriptDatabaseInitializer() {
			};
		}

	}

}
