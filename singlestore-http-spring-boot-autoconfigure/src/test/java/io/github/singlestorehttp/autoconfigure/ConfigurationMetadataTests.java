package io.github.singlestorehttp.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.singlestorehttp.client.RetrySettings;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration processor's output, which IDEs use to complete and document
 * {@code singlestore.http.*}.
 */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyIsDescribed() throws IOException {
		JsonNode metadata = singleStoreMetadata();
		List<String> names = new ArrayList<>();
		for (JsonNode property : metadata.get("properties")) {
			String name = property.get("name").asString();
			if (property.has("deprecation")) {
				continue;
			}
			names.add(name);
			assertThat(property.path("description").asString()).as(name).isNotBlank();
		}
		assertThat(names).containsExactlyInAnyOrder("singlestore.http.enabled", "singlestore.http.url",
				"singlestore.http.username", "singlestore.http.password", "singlestore.http.token",
				"singlestore.http.database", "singlestore.http.allow-insecure", "singlestore.http.ssl.bundle",
				"singlestore.http.connect-timeout", "singlestore.http.read-timeout", "singlestore.http.redirects",
				"singlestore.http.timeout",
				"singlestore.http.max-request-size", "singlestore.http.max-result-rows",
				"management.observations.singlestore.include-sql",
				"singlestore.http.retry.max-retries", "singlestore.http.retry.delay",
				"singlestore.http.retry.multiplier", "singlestore.http.retry.max-delay", "singlestore.http.retry.jitter",
				"management.health.singlestore.enabled");
	}

	@Test
	void defaultsAreDocumented() throws IOException {
		JsonNode metadata = singleStoreMetadata();
		assertThat(defaultValue(metadata, "singlestore.http.enabled")).isEqualTo("true");
		assertThat(defaultValue(metadata, "singlestore.http.allow-insecure")).isEqualTo("false");
		assertThat(defaultValue(metadata, "singlestore.http.max-request-size")).isEqualTo("1000000B");
		assertThat(defaultValue(metadata, "management.observations.singlestore.include-sql")).isEqualTo("false");
	}

	@Test
	void documentedRetryDefaultsAreTheClientDefaults() throws IOException {
		JsonNode metadata = singleStoreMetadata();
		RetrySettings defaults = RetrySettings.defaults();
		assertThat(property(metadata, "singlestore.http.retry.max-retries").path("defaultValue").asInt())
			.isEqualTo(defaults.maxAttempts() - 1);
		assertThat(duration(metadata, "singlestore.http.retry.delay")).isEqualTo(defaults.initialDelay());
		assertThat(property(metadata, "singlestore.http.retry.multiplier").path("defaultValue").asDouble())
			.isEqualTo(defaults.multiplier());
		assertThat(duration(metadata, "singlestore.http.retry.max-delay")).isEqualTo(defaults.maxDelay());
		assertThat(duration(metadata, "singlestore.http.retry.jitter")).isEqualTo(defaults.jitter());
	}

	@Test
	void inheritedHttpClientSettingsAreDescribedForThisClient() throws IOException {
		JsonNode metadata = singleStoreMetadata();
		assertThat(property(metadata, "singlestore.http.connect-timeout").path("description").asString())
			.contains("spring.http.clients.connect-timeout");
		assertThat(property(metadata, "singlestore.http.ssl.bundle").path("description").asString())
			.contains("spring.http.clients.ssl.bundle");
	}

	@Test
	void renamedPropertiesNameTheirReplacement() throws IOException {
		JsonNode metadata = singleStoreMetadata();
		assertThat(property(metadata, "singlestore.http.retry.max-attempts").at("/deprecation/replacement").asString())
			.isEqualTo("singlestore.http.retry.max-retries");
		assertThat(property(metadata, "singlestore.http.retry.initial-delay").at("/deprecation/replacement").asString())
			.isEqualTo("singlestore.http.retry.delay");
		assertThat(property(metadata, "singlestore.http.observations.include-sql").at("/deprecation/replacement")
			.asString()).isEqualTo("management.observations.singlestore.include-sql");
	}

	private static Duration duration(JsonNode metadata, String name) {
		return DurationStyle.detectAndParse(defaultValue(metadata, name));
	}

	@Test
	void healthIndicatorSwitchIsDescribed() throws IOException {
		JsonNode property = property(singleStoreMetadata(), "management.health.singlestore.enabled");
		assertThat(property.path("type").asString()).isEqualTo("java.lang.Boolean");
		assertThat(property.path("description").asString()).contains("health");
		assertThat(property.path("defaultValue").asBoolean(false)).isTrue();
	}

	private static String defaultValue(JsonNode metadata, String name) {
		return property(metadata, name).path("defaultValue").asString();
	}

	private static JsonNode property(JsonNode metadata, String name) {
		for (JsonNode property : metadata.get("properties")) {
			if (property.get("name").asString().equals(name)) {
				return property;
			}
		}
		throw new AssertionError("No metadata for " + name);
	}

	private static JsonNode singleStoreMetadata() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		ClassLoader classLoader = ConfigurationMetadataTests.class.getClassLoader();
		for (URL url : Collections.list(classLoader.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonNode metadata = json.readTree(in);
				for (JsonNode group : metadata.path("groups")) {
					if (group.get("name").asString().equals("singlestore.http")) {
						return metadata;
					}
				}
			}
		}
		throw new AssertionError("No configuration metadata for singlestore.http on the classpath");
	}

}
