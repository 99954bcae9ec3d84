package io.github.singlestorehttp.local.autoconfigure;

import io.github.singlestorehttp.autoconfigure.SingleStoreConnectionDetails;
import io.github.singlestorehttp.local.LocalDataApiServer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ImportRuntimeHints;

/**
 * Starts a {@link LocalDataApiServer} backed by an in-memory database when the application sets no
 * {@code singlestore.http.url}, and points the {@link SingleStoreConnectionDetails} at it. Off with
 * {@code singlestore.http.local.enabled=false}, and backs off when the application defines its own connection
 * details. Data written to this server is lost when the application stops.
 */
@AutoConfiguration(beforeName = "io.github.singlestorehttp.autoconfigure.SingleStoreHttpAutoConfiguration")
@ConditionalOnClass(SingleStoreConnectionDetails.class)
@Conditional(OnMissingSingleStoreUrlCondition.class)
@ConditionalOnBooleanProperty(name = "singlestore.http.local.enabled", matchIfMissing = true)
@ConditionalOnMissingBean(SingleStoreConnectionDetails.class)
@EnableConfigurationProperties(LocalDataApiServerProperties.class)
@ImportRuntimeHints(LocalDataApiServerRuntimeHints.class)
public final class LocalDataApiServerAutoConfiguration {

	private static final System.Logger logger = System.getLogger(LocalDataApiServerAutoConfiguration.class.getName());

	@Bean(destroyMethod = "close")
	LocalDataApiServer localDataApiServer(LocalDataApiServerProperties properties) {
		LocalDataApiServer.Builder builder = LocalDataApiServer.builder()
			.port(properties.getPort())
			.database(properties.getDatabase())
			.username(properties.getUsername())
			.tls(properties.isTls())
			.jdbcUrl(properties.getJdbcUrl());
		if (properties.getPassword() != null) {
			builder.password(properties.getPassword());
		}
		LocalDataApiServer server = builder.build().start();
		logger.log(System.Logger.Level.WARNING, "No singlestore.http.url is set: started a local SingleStore Data API "
				+ "server at " + server.url() + " (database '" + server.database() + "'). " + storage(properties)
				+ "; set singlestore.http.url to use a real SingleStore.");
		return server;
	}

	private static String storage(LocalDataApiServerProperties properties) {
		return (properties.getJdbcUrl() != null) ? "Its data is held in the database of singlestore.http.local.jdbc-url"
				: "Its data is held in memory and is NOT persisted";
	}

	@Bean
	LocalDataApiServerConnectionDetails localDataApiServerConnectionDetails(LocalDataApiServer server) {
		return new LocalDataApiServerConnectionDetails(server);
	}

}
