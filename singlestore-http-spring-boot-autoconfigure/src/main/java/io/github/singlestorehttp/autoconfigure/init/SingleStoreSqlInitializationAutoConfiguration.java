package io.github.singlestorehttp.autoconfigure.init;

import java.util.List;

import io.github.singlestorehttp.autoconfigure.EmbeddedSingleStoreConnectionDetails;
import io.github.singlestorehttp.autoconfigure.SingleStoreConnectionDetails;
import io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration;
import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.autoconfigure.init.ApplicationScriptDatabaseInitializer;
import org.springframework.boot.sql.autoconfigure.init.ConditionalOnSqlInitialization;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Runs {@code schema.sql} and {@code data.sql} (and {@code schema-singlestore.sql}, {@code data-singlestore.sql})
 * through the {@link SingleStoreTemplate} at startup, configured by {@code spring.sql.init.*} as for JDBC and
 * R2DBC. With the default mode, {@code embedded}, the scripts run only against the local server started when
 * no {@code singlestore.http.url} is set; {@code always} runs them against any SingleStore.
 * <p>
 * As with Spring Boot's own initializers, an application has one: this one backs off when the application
 * defines an {@link ApplicationScriptDatabaseInitializer}, and comes before Spring Boot's JDBC initializer, which
 * then backs off, so that a {@code DataSource} on the class path (such as the local server's H2) does not take
 * the scripts.
 */
@AutoConfiguration(after = SingleStoreHttpAutoConfiguration.class,
		beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration")
@ConditionalOnClass({ SingleStoreTemplate.class, DatabaseInitializationSettings.class })
@ConditionalOnSingleCandidate(SingleStoreTemplate.class)
@ConditionalOnSqlInitialization
@Import(DatabaseInitializationDependencyConfigurer.class)
@EnableConfigurationProperties(SqlInitializationProperties.class)
public final class SingleStoreSqlInitializationAutoConfiguration {

	/** Spring Boot's default {@code spring.sql.init.platform}, which names no database. */
	private static final String UNSET_PLATFORM = "all";

	private static final String DEFAULT_PLATFORM = "singlestore";

	@Bean
	@ConditionalOnMissingBean(ApplicationScriptDatabaseInitializer.class)
	SingleStoreScriptDatabaseInitializer singleStoreScriptDatabaseInitializer(SingleStoreTemplate template,
			ObjectProvider<SingleStoreConnectionDetails> connectionDetails, SqlInitializationProperties properties) {
		return new SingleStoreScriptDatabaseInitializer(template, settings(properties),
				connectionDetails.getIfUnique() instanceof EmbeddedSingleStoreConnectionDetails);
	}

	/**
	 * Spring Boot's settings, with {@code singlestore} as the platform of the default script locations unless
	 * {@code spring.sql.init.platform} names another.
	 */
	private static DatabaseInitializationSettings settings(SqlInitializationProperties properties) {
		DatabaseInitializationSettings settings = ApplicationScriptDatabaseInitializer.getSettings(properties);
		String platform = UNSET_PLATFORM.equals(properties.getPlatform()) ? DEFAULT_PLATFORM
				: properties.getPlatform();
		if (properties.getSchemaLocations() == null) {
			settings.setSchemaLocations(defaultLocations("schema", platform));
		}
		if (properties.getDataLocations() == null) {
			settings.setDataLocations(defaultLocations("data", platform));
		}
		return settings;
	}

	private static List<String> defaultLocations(String kind, String platform) {
		return List.of("optional:classpath*:" + kind + "-" + platform + ".sql", "optional:classpath*:" + kind + ".sql");
	}

}
