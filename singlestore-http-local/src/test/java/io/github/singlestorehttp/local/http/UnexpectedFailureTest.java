package io.github.singlestorehttp.local.http;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.github.singlestorehttp.local.result.ColumnMapper;
import io.github.singlestorehttp.local.sql.ErrorFormat;
import io.github.singlestorehttp.local.sql.GenericDialect;
import io.github.singlestorehttp.local.sql.NumberBinding;
import io.github.singlestorehttp.local.sql.StatementExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DataApiHttpHandler} when serving a request fails in a way no client caused: a 500 with a plain-text body
 * and no details, and the failure in the log, whether it is an exception or an {@link Error}.
 */
class UnexpectedFailureTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Logger handlerLogger = Logger.getLogger(DataApiHttpHandler.class.getName());

	private final List<LogRecord> logged = new ArrayList<>();

	private final Handler recorder = new Handler() {

		@Override
		public void publish(LogRecord record) {
			UnexpectedFailureTest.this.logged.add(record);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	};

	@BeforeEach
	void recordTheLog() {
		this.handlerLogger.addHandler(this.recorder);
		this.handlerLogger.setUseParentHandlers(false);
	}

	@AfterEach
	void restoreTheLog() {
		this.handlerLogger.removeHandler(this.recorder);
		this.handlerLogger.setUseParentHandlers(true);
	}

	@Test
	void aDatabaseThatCannotBeReachedIs500() {
		assertAnswered500AndLogged(new SQLException("Connection refused"), IllegalStateException.class);
	}

	@Test
	void anErrorIs500InsteadOfAClosedConnection() {
		assertAnswered500AndLogged(new ServiceConfigurationError("No driver"), ServiceConfigurationError.class);
	}

	private void assertAnswered500AndLogged(Throwable failure, Class<? extends Throwable> loggedType) {
		DataApiHttpHandler handler = new DataApiHttpHandler(settings(), new StatementExecutor(failingWith(failure),
				new GenericDialect(), new ColumnMapper(JSON, ZoneOffset.UTC), 100));
		RecordedExchange exchange = new RecordedExchange("POST", "/api/v2/exec", "{\"sql\":\"SELECT 1\"}");
		exchange.getRequestHeaders().set("Authorization", "Bearer token");
		exchange.getRequestHeaders().set("Content-Type", "application/json");

		handler.handle(exchange);

		assertThat(exchange.getResponseCode()).isEqualTo(500);
		assertThat(exchange.getResponseHeaders().getFirst("Content-Type")).isEqualTo("text/plain; charset=utf-8");
		assertThat(exchange.responseText()).isEqualTo("Internal server error; see the server log");
		assertThat(this.logged).singleElement().satisfies((record) -> {
			assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
			assertThat(record.getMessage()).isEqualTo("Unexpected failure serving /api/v2/exec");
			assertThat(record.getThrown()).isInstanceOf(loggedType);
		});
	}

	private static HandlerSettings settings() {
		return new HandlerSettings(new Authenticator("root", "secret", "token"), 1024, NumberBinding.GO_FLOAT64,
				ErrorFormat.WITH_SQLSTATE, JSON);
	}

	private static DataSource failingWith(Throwable failure) {
		return (DataSource) Proxy.newProxyInstance(UnexpectedFailureTest.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					throw failure;
				});
	}

}
