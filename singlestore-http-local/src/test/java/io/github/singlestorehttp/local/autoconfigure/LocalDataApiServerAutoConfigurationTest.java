package io.github.singlestorehttp.local.autoconfigure;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.github.singlestorehttp.autoconfigure.SingleStoreConnectionDetails;
import io.github.singlestorehttp.local.LocalDataApiServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link LocalDataApiServerAutoConfiguration}.
 */
class LocalDataApiServerAutoConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LocalDataApiServerAutoConfiguration.class));

	@Test
	void startsAServerWhenNoUrlIsSet() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(LocalDataApiServer.class).hasSingleBean(SingleStoreConnectionDetails.class);
			LocalDataApiServer server = context.getBean(LocalDataApiServer.class);
			SingleStoreConnectionDetails details = context.getBean(SingleStoreConnectionDetails.class);
			assertThat(details.getUrl()).isEqualTo(server.url()).startsWith("http://127.0.0.1:");
			assertThat(details.getUsername()).isEqualTo("root");
			assertThat(details.getPassword()).isEqualTo(server.password()).isNotBlank();
			assertThat(details.getDatabase()).isEqualTo("app");
			assertThat(details.getToken()).isNull();
			assertThat(details.getSslBundle()).isNull();
			assertThat(query(HttpClient.newHttpClient(), details)).isEqualTo("{\"results\":[{\"rows\":[{\"x\":1}]}]}");
		});
	}

	@Test
	void startsAServerWhenTheUrlIsBlank() {
		this.runner.withPropertyValues("singlestore.http.url= ")
			.run((context) -> assertThat(context).hasSingleBean(LocalDataApiServer.class));
	}

	@Test
	void backsOffWhenAUrlIsSet() {
		this.runner.withPropertyValues("singlestore.http.url=https://svc.example.com")
			.run((context) -> assertThat(context).doesNotHaveBean(LocalDataApiServer.class)
				.doesNotHaveBean(SingleStoreConnectionDetails.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("singlestore.http.local.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LocalDataApiServer.class));
	}

	@Test
	void backsOffWhenTheApplicationDefinesConnectionDetails() {
		this.runner.withBean(SingleStoreConnectionDetails.class, () -> new SingleStoreConnectionDetails() {

			@Override
			public String getUrl() {
				return "https://svc.example.com";
			}

			@Override
			public String getUsername() {
				return "u";
			}

			@Override
			public String getPassword() {
				return "p";
			}

			@Override
			public String getDatabase() {
				return "db";
			}

		}).run((context) -> {
			assertThat(context).doesNotHaveBean(LocalDataApiServer.class);
			assertThat(context.getBean(SingleStoreConnectionDetails.class).getUrl()).isEqualTo("https://svc.example.com");
		});
	}

	@Test
	void propertiesConfigureTheServer() {
		this.runner
			.withPropertyValues("singlestore.http.local.database=shop", "singlestore.http.local.username=admin",
					"singlestore.http.local.password=secret")
			.run((context) -> {
				SingleStoreConnectionDetails details = context.getBean(SingleStoreConnectionDetails.class);
				assertThat(details.getDatabase()).isEqualTo("shop");
				assertThat(details.getUsername()).isEqualTo("admin");
				assertThat(details.getPassword()).isEqualTo("secret");
				assertThat(query(HttpClient.newHttpClient(), details)).contains("\"x\":1");
			});
	}

	@Test
	void anEmptyPasswordIsRefused() {
		this.runner.withPropertyValues("singlestore.http.local.password=")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("password must not be empty"));
	}

	@Test
	void jdbcUrlPicksTheDatabaseBehindTheServer() {
		String jdbcUrl = "jdbc:h2:mem:autoconfigured-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
		this.runner.withPropertyValues("singlestore.http.local.jdbc-url=" + jdbcUrl).run((context) -> {
			assertThat(context.getBean(LocalDataApiServer.class).jdbcUrl()).isEqualTo(jdbcUrl);
			assertThat(query(HttpClient.newHttpClient(), context.getBean(SingleStoreConnectionDetails.class)))
				.contains("\"x\":1");
		});
	}

	@Test
	void tlsServersComeWithAnSslBundleThatTrustsThem() {
		this.runner.withPropertyValues("singlestore.http.local.tls=true").run((context) -> {
			SingleStoreConnectionDetails details = context.getBean(SingleStoreConnectionDetails.class);
			SslBundle bundle = details.getSslBundle();
			assertThat(details.getUrl()).startsWith("https://");
			assertThat(bundle).isNotNull();
			HttpClient trusting = HttpClient.newBuilder().sslContext(bundle.createSslContext()).build();
			assertThat(query(trusting, details)).contains("\"x\":1");
		});
	}

	@Test
	void theServerStopsWithTheContext() {
		String[] url = new String[1];
		this.runner.run((context) -> url[0] = context.getBean(LocalDataApiServer.class).url());

		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url[0] + "/ping")).build(), HttpResponse.BodyHandlers.ofString()));
	}

	@Test
	void warnsOnceThatDataIsNotPersisted() {
		Logger logger = Logger.getLogger(LocalDataApiServerAutoConfiguration.class.getName());
		List<LogRecord> records = new CopyOnWriteArrayList<>();
		Handler handler = new Handler() {

			@Override
			public void publish(LogRecord record) {
				records.add(record);
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}

		};
		logger.addHandler(handler);
		try {
			this.runner.run((context) -> {
				String url = context.getBean(LocalDataApiServer.class).url();
				assertThat(records).singleElement().satisfies((record) -> {
					assertThat(record.getLevel()).isEqualTo(Level.WARNING);
					assertThat(record.getMessage()).contains(url, "in memory", "NOT persisted", "singlestore.http.url");
				});
			});
		}
		finally {
			logger.removeHandler(handler);
		}
	}

	private static String query(HttpClient client, SingleStoreConnectionDetails details) throws Exception {
		String body = "{\"sql\":\"SELECT 1 AS x\",\"database\":\"" + details.getDatabase() + "\"}";
		String credentials = Base64.getEncoder()
			.encodeToString((details.getUsername() + ":" + details.getPassword()).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(details.getUrl() + "/api/v2/query/rows"))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
