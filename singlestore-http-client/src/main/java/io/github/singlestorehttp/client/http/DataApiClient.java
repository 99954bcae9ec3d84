package io.github.singlestorehttp.client.http;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

import io.github.singlestorehttp.client.ExecResult;
import io.github.singlestorehttp.client.Row;
import io.github.singlestorehttp.client.codec.EncodedStatement;
import io.github.singlestorehttp.client.codec.ExecResultDecoder;
import io.github.singlestorehttp.client.codec.MalformedResponseException;
import io.github.singlestorehttp.client.codec.StreamedErrorException;
import io.github.singlestorehttp.client.codec.TuplesDecoder;
import io.github.singlestorehttp.client.error.DataApiError;
import io.github.singlestorehttp.client.error.DataApiErrorParser;
import io.github.singlestorehttp.client.error.SingleStoreExceptionTranslator;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Sends encoded statements to the Data API and decodes the responses: {@code /exec} into
 * {@link ExecResult}, {@code /query/tuples} into a stream of {@link Row}s decoded as the body arrives
 * (with backpressure), and failures into {@link DataAccessException}s.
 */
public final class DataApiClient {

	private static final int BODY_PREVIEW_BYTES = 300;

	private static final int ERROR_BODY_BYTES = 8192;

	private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private final WebClient webClient;

	private final Map<DataApiEndpoint, URI> endpoints = new EnumMap<>(DataApiEndpoint.class);

	private final Supplier<@Nullable String> authorization;

	private final ConversionService conversionService;

	private final SingleStoreExceptionTranslator translator = new SingleStoreExceptionTranslator();

	/**
	 * Create a client.
	 * @param webClient the web client requests are sent with
	 * @param baseUrl the Data API's base URL ({@code https://host[:port]}), which endpoint paths are appended to
	 * @param authorization supplies the {@code Authorization} header value for each request, or
	 * {@code null} to send none
	 * @param conversionService the conversion service decoded rows use for typed access
	 */
	public DataApiClient(WebClient webClient, String baseUrl, Supplier<@Nullable String> authorization,
			ConversionService conversionService) {
		this.webClient = webClient;
		for (DataApiEndpoint endpoint : DataApiEndpoint.values()) {
			this.endpoints.put(endpoint, URI.create(baseUrl + endpoint.path()));
		}
		this.authorization = authorization;
		this.conversionService = conversionService;
	}

	/**
	 * Send a statement to {@code /exec} once.
	 * @param statement the statement
	 * @return the result, or an error signal with a {@link DataAccessException}
	 */
	public Mono<ExecResult> exec(EncodedStatement statement) {
		DataApiEndpoint endpoint = DataApiEndpoint.EXEC;
		return Mono.defer(() -> post(endpoint, statement).exchangeToMono((response) -> {
			if (!response.statusCode().is2xxSuccessful()) {
				return errorResponse(response, endpoint, statement);
			}
			int status = response.statusCode().value();
			return response.bodyToMono(byte[].class)
				.defaultIfEmpty(new byte[0])
				.onErrorMap(DataBufferLimitException.class, (ex) -> responseException(
						new MalformedResponseException("Response body is larger than an exec response can be", ex),
						endpoint, status, statement, ""))
				.map((body) -> decodeExec(body, endpoint, status, statement));
		})).onErrorMap(DataApiClient::isTransportFailure,
				(ex) -> this.translator.translateTransportFailure(endpoint.toString(), statement.sql(), ex));
	}

	/**
	 * Send a query to {@code /query/tuples} once, emitting rows as they are decoded: in batches, one per
	 * received buffer that completed rows (never empty), so that a consumer on another thread is handed
	 * rows once per buffer rather than once per row.
	 * @param statement the statement
	 * @return the rows of the first result set in batches, or an error signal with a
	 * {@link DataAccessException}
	 */
	public Flux<List<Row>> query(EncodedStatement statement) {
		DataApiEndpoint endpoint = DataApiEndpoint.QUERY_TUPLES;
		return Flux.defer(() -> post(endpoint, statement).exchangeToFlux((response) -> {
			if (!response.statusCode().is2xxSuccessful()) {
				return this.<List<Row>>errorResponse(response, endpoint, statement).flux();
			}
			return decodeRows(response, endpoint, statement);
		})).onErrorMap(DataApiClient::isTransportFailure,
				(ex) -> this.translator.translateTransportFailure(endpoint.toString(), statement.sql(), ex));
	}

	/**
	 * Check that the Data API answers {@code GET /ping} with {@code pong}.
	 * @return the body of the answer, or an error signal with a {@link DataAccessException}
	 */
	public Mono<String> ping() {
		DataApiEndpoint endpoint = DataApiEndpoint.PING;
		return uri(this.webClient.get(), endpoint)
			.exchangeToMono((response) -> bodyStart(response)
				.flatMap((body) -> response.statusCode().is2xxSuccessful() ? Mono.just(body.trim())
						: Mono.error(this.translator.translate(endpoint.toString(), "(ping)",
								DataApiErrorParser.parse(response.statusCode().value(), body, retryAfter(response)),
								List.of()))))
			.onErrorMap(DataApiClient::isTransportFailure,
					(ex) -> this.translator.translateTransportFailure(endpoint.toString(), "(ping)", ex));
	}

	/**
	 * Whether a failure is one of exchanging the request: an I/O or connection failure (refused, DNS, TLS,
	 * reset, closed early) or a read timeout. Anything else (a bug, a failing token supplier) is not, and
	 * surfaces as itself.
	 */
	private static boolean isTransportFailure(Throwable ex) {
		return !(ex instanceof DataAccessException) && (SingleStoreExceptionTranslator.hasCause(ex, IOException.class)
				|| SingleStoreExceptionTranslator.hasCause(ex, io.netty.handler.timeout.TimeoutException.class)
				|| SingleStoreExceptionTranslator.hasCause(ex, AbortedException.class));
	}

	private WebClient.RequestHeadersSpec<?> post(DataApiEndpoint endpoint, EncodedStatement statement) {
		String authorizationValue = this.authorization.get();
		return uri(this.webClient.post(), endpoint).headers((headers) -> {
				headers.setContentType(MediaType.APPLICATION_JSON);
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
				if (authorizationValue != null) {
					headers.set(HttpHeaders.AUTHORIZATION, authorizationValue);
				}
			})
			.bodyValue(statement.body());
	}

	/**
	 * Point the request at an endpoint through a URI resolved once, rather than a template expanded per
	 * request; the template attribute keeps the endpoint in the HTTP client's observations.
	 */
	private <S extends WebClient.RequestHeadersSpec<S>> S uri(WebClient.RequestHeadersUriSpec<S> spec,
			DataApiEndpoint endpoint) {
		URI uri = this.endpoints.get(endpoint);
		return spec.uri(uri).attribute(URI_TEMPLATE_ATTRIBUTE, uri.toString());
	}

	private Flux<List<Row>> decodeRows(ClientResponse response, DataApiEndpoint endpoint,
			EncodedStatement statement) {
		int status = response.statusCode().value();
		TuplesDecoder decoder = new TuplesDecoder(this.conversionService);
		BodyPreview preview = new BodyPreview(BODY_PREVIEW_BYTES);
		return response.bodyToFlux(DataBuffer.class)
			.map((buffer) -> decodeChunk(decoder, preview, buffer))
			.concatWith(Mono.fromCallable(decoder::finish))
			.filter((rows) -> !rows.isEmpty())
			.onErrorMap((ex) -> ex instanceof MalformedResponseException || ex instanceof StreamedErrorException,
					(ex) -> responseException(ex, endpoint, status, statement, preview.text()));
	}

	private static List<Row> decodeChunk(TuplesDecoder decoder, BodyPreview preview, DataBuffer buffer) {
		try (DataBuffer.ByteBufferIterator chunks = buffer.readableByteBuffers()) {
			List<Row> rows = new ArrayList<>();
			while (chunks.hasNext()) {
				ByteBuffer chunk = chunks.next();
				preview.record(chunk);
				rows.addAll(decoder.decode(chunk));
			}
			return rows;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private ExecResult decodeExec(byte[] body, DataApiEndpoint endpoint, int status, EncodedStatement statement) {
		try {
			return ExecResultDecoder.decode(body);
		}
		catch (MalformedResponseException | StreamedErrorException ex) {
			throw responseException(ex, endpoint, status, statement,
					new String(body, 0, Math.min(body.length, BODY_PREVIEW_BYTES), StandardCharsets.UTF_8));
		}
	}

	private DataAccessException responseException(Throwable ex, DataApiEndpoint endpoint, int status,
			EncodedStatement statement, String bodyPreview) {
		if (ex instanceof StreamedErrorException streamed) {
			DataApiError error = new DataApiError(status, streamed.error().code(), null, streamed.error().message(),
					null);
			return this.translator.translate(endpoint.toString(), statement.sql(), error, statement.argumentTexts());
		}
		return new DataRetrievalFailureException(endpoint + " (HTTP " + status + ") returned a response that is not "
				+ "what the Data API promises: " + ex.getMessage() + "; SQL [" + statement.sql() + "]; body starts with ["
				+ bodyPreview + "]", ex);
	}

	private <T> Mono<T> errorResponse(ClientResponse response, DataApiEndpoint endpoint, EncodedStatement statement) {
		int status = response.statusCode().value();
		return bodyStart(response).flatMap((body) -> Mono.error(this.translator.translate(endpoint.toString(),
				statement.sql(), DataApiErrorParser.parse(status, body, retryAfter(response)), statement.argumentTexts())));
	}

	private static Mono<String> bodyStart(ClientResponse response) {
		BodyPreview preview = new BodyPreview(ERROR_BODY_BYTES);
		return response.bodyToFlux(DataBuffer.class).doOnNext((buffer) -> {
			try (DataBuffer.ByteBufferIterator chunks = buffer.readableByteBuffers()) {
				chunks.forEachRemaining(preview::record);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}).takeUntil((buffer) -> preview.isFull()).then(Mono.fromSupplier(preview::text));
	}

	private static @Nullable String retryAfter(ClientResponse response) {
		return response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER);
	}

	/** The first bytes of a response body, kept for error messages. */
	private static final class BodyPreview {

		private final byte[] bytes;

		private int length;

		BodyPreview(int capacity) {
			this.bytes = new byte[capacity];
		}

		void record(ByteBuffer chunk) {
			int count = Math.min(chunk.remaining(), this.bytes.length - this.length);
			if (count > 0) {
				chunk.duplicate().get(this.bytes, this.length, count);
				this.length += count;
			}
		}

		boolean isFull() {
			return this.length == this.bytes.length;
		}

		String text() {
			return new String(this.bytes, 0, this.length, StandardCharsets.UTF_8);
		}

	}

}
