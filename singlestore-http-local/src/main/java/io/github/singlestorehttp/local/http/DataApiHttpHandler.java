package io.github.singlestorehttp.local.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.singlestorehttp.local.json.ExecResponse;
import io.github.singlestorehttp.local.json.QueryResponseWriter;
import io.github.singlestorehttp.local.json.ResultShape;
import io.github.singlestorehttp.local.sql.ErrorFormat;
import io.github.singlestorehttp.local.sql.SqlError;
import io.github.singlestorehttp.local.sql.SqlRequest;
import io.github.singlestorehttp.local.sql.StatementExecutor;
import tools.jackson.core.JacksonException;

/**
 * Answers every request of the local Data API server: routes it, checks credentials and runs the endpoint. Client
 * mistakes get a 4xx status with a plain-text body, SQL errors a 400 with {@code Error NNNN (SQLSTATE): message},
 * and unexpected failures, {@link Error}s included, a 500 without details (they are logged).
 */
public final class DataApiHttpHandler implements HttpHandler {

	private static final System.Logger logger = System.getLogger(DataApiHttpHandler.class.getName());

	private final Authenticator authenticator;

	private final StatementExecutor executor;

	private final ErrorFormat errorFormat;

	private final RequestBody requestBody;

	private final SqlRequestParser parser;

	private final Map<Endpoint, EndpointHandler> handlers = new EnumMap<>(Endpoint.class);

	/**
	 * Creates the handler.
	 * @param settings how requests are checked and answered
	 * @param executor runs the statements
	 */
	public DataApiHttpHandler(HandlerSettings settings, StatementExecutor executor) {
		this.authenticator = settings.authenticator();
		this.executor = executor;
		this.errorFormat = settings.errorFormat();
		this.requestBody = new RequestBody(settings.maxRequestBytes());
		this.parser = new SqlRequestParser(settings.jsonMapper(), settings.numberBinding());
		String spec = OpenApiSpec.load();
		this.handlers.put(Endpoint.PING, (exchange) -> Responses.text(exchange, 200, "pong"));
		this.handlers.put(Endpoint.SPEC, (exchange) -> Responses.text(exchange, 200, spec));
		this.handlers.put(Endpoint.JWKS_SETUP, (exchange) -> Responses.empty(exchange, 200));
		this.handlers.put(Endpoint.EXEC, this::exec);
		this.handlers.put(Endpoint.QUERY_ROWS, query(new QueryResponseWriter(settings.jsonMapper(), ResultShape.ROWS)));
		this.handlers.put(Endpoint.QUERY_TUPLES,
				query(new QueryResponseWriter(settings.jsonMapper(), ResultShape.TUPLES)));
	}

	@Override
	public void handle(HttpExchange exchange) {
		try {
			Cors.allowOrigin(exchange);
			dispatch(exchange);
		}
		catch (ClientRequestException ex) {
			answer(exchange, ex.status(), ex.getMessage());
		}
		catch (SqlError ex) {
			answer(exchange, 400, this.errorFormat.format(ex));
		}
		catch (IOException | UncheckedIOException | JacksonException ex) {
			logger.log(Level.DEBUG, "Connection to the client failed", ex);
		}
		catch (RuntimeException | Error ex) {
			logger.log(Level.ERROR, "Unexpected failure serving " + exchange.getRequestURI().getPath(), ex);
			answer(exchange, 500, "Internal server error; see the server log");
		}
		finally {
			exchange.close();
		}
	}

	private void dispatch(HttpExchange exchange) throws IOException, ClientRequestException, SqlError {
		Optional<Endpoint> endpoint = Endpoint.forPath(exchange.getRequestURI().getPath());
		if (endpoint.isEmpty()) {
			throw new ClientRequestException(404, "Not found: " + exchange.getRequestURI().getPath());
		}
		String method = exchange.getRequestMethod();
		if (method.equals("OPTIONS")) {
			Cors.allowPreflight(exchange, endpoint.get().method());
			Responses.empty(exchange, 204);
			return;
		}
		if (!method.equals(endpoint.get().method())) {
			exchange.getResponseHeaders().set("Allow", endpoint.get().method() + ", OPTIONS");
			throw new ClientRequestException(405, "Method " + method + " is not allowed here; use "
					+ endpoint.get().method());
		}
		if (endpoint.get().authenticated()
				&& !this.authenticator.isAuthorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
			exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"SingleStore\"");
			throw new ClientRequestException(401, "Unauthorized: invalid or missing credentials");
		}
		this.handlers.get(endpoint.get()).handle(exchange);
	}

	private void exec(HttpExchange exchange) throws IOException, ClientRequestException, SqlError {
		SqlRequest request = this.parser.parse(this.requestBody.read(exchange));
		Responses.json(exchange, ExecResponse.toJson(this.executor.exec(request)));
	}

	private EndpointHandler query(QueryResponseWriter writer) {
		return (exchange) -> {
			SqlRequest request = this.parser.parse(this.requestBody.read(exchange));
			this.executor.query(request, (results) -> {
				Responses.startJsonStream(exchange);
				writer.write(results, exchange.getResponseBody());
			});
		};
	}

	private static void answer(HttpExchange exchange, int status, String text) {
		if (exchange.getResponseCode() != -1) {
			logger.log(Level.WARNING, "Cannot report a failure after the response started: " + text);
			return;
		}
		try {
			Responses.text(exchange, status, text);
		}
		catch (IOException ex) {
			logger.log(Level.DEBUG, "Connection to the client failed", ex);
		}
	}

	@FunctionalInterface
	private interface EndpointHandler {

		void handle(HttpExchange exchange) throws IOException, ClientRequestException, SqlError;

	}

}
