package io.github.singlestorehttp.client.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import io.github.singlestorehttp.client.ExecResult;
import io.github.singlestorehttp.client.RetrySettings;
import io.github.singlestorehttp.client.Row;
import io.github.singlestorehttp.client.codec.EncodedStatement;
import io.github.singlestorehttp.client.error.DataApiSqlException;
import io.github.singlestorehttp.client.error.SingleStoreExceptionTranslator;
import io.github.singlestorehttp.client.observation.DefaultSingleStoreObservationConvention;
import io.github.singlestorehttp.client.observation.SingleStoreObservationContext;
import io.github.singlestorehttp.client.observation.SingleStoreObservationConvention;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Runs statements through the {@link DataApiClient} with what every call needs: an observation per
 * statement (in the Reactor context, so the HTTP client's observation of each attempt nests inside it),
 * retries by the {@link RetrySettings} rules, an overall timeout, and DEBUG logging of each attempt and
 * outcome (SQL with placeholders, never argument values).
 */
public final class StatementExecutor {

	private static final Log logger = LogFactory.getLog(StatementExecutor.class);

	private final DataApiClient client;

	private final ObservationRegistry observationRegistry;

	private static final SingleStoreObservationConvention DEFAULT_CONVENTION = new DefaultSingleStoreObservationConvention();

	private final @Nullable SingleStoreObservationConvention convention;

	private final RetrySettings retrySettings;

	private final @Nullable RetryPolicy retryPolicy;

	private final @Nullable Duration timeout;

	private final @Nullable String database;

	/**
	 * Create an executor.
	 * @param client the transport
	 * @param observationRegistry where observations are recorded ({@link ObservationRegistry#NOOP} for none)
	 * @param convention names and tags observations, or {@code null} for the default
	 * @param retrySettings the retry rules
	 * @param timeout the longest a call may take, all attempts included, or {@code null} for no limit
	 * @param database the database statements run in, for observations
	 */
	public StatementExecutor(DataApiClient client, ObservationRegistry observationRegistry,
			@Nullable SingleStoreObservationConvention convention, RetrySettings retrySettings,
			@Nullable Duration timeout, @Nullable String database) {
		this.client = client;
		this.observationRegistry = observationRegistry;
		this.convention = convention;
		this.retrySettings = retrySettings;
		this.retryPolicy = (retrySettings.maxAttempts() > 1) ? retryPolicy(retrySettings) : null;
		this.timeout = timeout;
		this.database = database;
	}

	/**
	 * Run a statement through {@code /exec}.
	 * @param statement the statement
	 * @param options whether the statement is idempotent, and the call's timeout
	 * @return the result
	 */
	public Mono<ExecResult> exec(EncodedStatement statement, CallOptions options) {
		return run("exec", statement, options, options.idempotent(), () -> this.client.exec(statement).flux(),
				ExecResult::rowsAffected)
			.single();
	}

	/**
	 * Run a query through {@code /query/tuples}. A query is retried only until its first row was emitted,
	 * and after its request may have reached the server only when it provably only reads or the call is
	 * marked idempotent: a {@code CALL} or DML sent as a query follows the rules of writes.
	 * @param statement the statement
	 * @param options whether the statement is idempotent, and the call's timeout
	 * @return the rows, in the non-empty batches they were decoded in
	 */
	public Flux<List<Row>> query(EncodedStatement statement, CallOptions options) {
		return run("query", statement, options, options.idempotent() || statement.provableRead(),
				() -> this.client.query(statement), List::size);
	}

	private <T> Flux<T> run(String operation, EncodedStatement statement, CallOptions options, boolean idempotent,
			Supplier<Flux<T>> attempt, ToLongFunction<T> rowsOf) {
		return Flux.deferContextual((contextView) -> {
			SingleStoreObservationContext context = new SingleStoreObservationContext(operation, this.database,
					statement.sql());
			Observation observation = start(context, contextView.getOrDefault(ObservationThreadLocalAccessor.KEY, null));
			long started = System.nanoTime();
			AtomicBoolean emitted = new AtomicBoolean();
			AtomicLong rows = new AtomicLong();
			Flux<T> attempts = Flux.defer(() -> {
				context.recordAttempt();
				return attempt.get();
			}).doOnNext((value) -> {
				emitted.set(true);
				rows.addAndGet(rowsOf.applyAsLong(value));
			});
			if (this.retryPolicy != null) {
				attempts = attempts
					.retryWhen(retry(this.retryPolicy, observation, context, idempotent, () -> !emitted.get()));
			}
			return withTimeout(attempts, statement, options)
				.doOnComplete(() -> succeeded(observation, context, started, rows.get()))
				.doOnError((ex) -> failed(observation, context, started, ex))
				.doOnCancel(() -> cancelled(observation, context))
				.contextWrite((ctx) -> ctx.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	private Observation start(SingleStoreObservationContext context, @Nullable Observation parent) {
		Observation observation = Observation.createNotStarted(this.convention, DEFAULT_CONVENTION, () -> context,
				this.observationRegistry);
		if (parent != null) {
			observation.parentObservation(parent);
		}
		return observation.start();
	}

	private static RetryPolicy retryPolicy(RetrySettings settings) {
		return RetryPolicy.builder()
			.maxRetries(settings.maxAttempts() - 1L)
			.delay(settings.initialDelay())
			.multiplier(settings.multiplier())
			.maxDelay(settings.maxDelay())
			.jitter(settings.jitter())
			.predicate((failure) -> FailureKind.of(failure) != FailureKind.FINAL)
			.build();
	}

	private Retry retry(RetryPolicy policy, Observation observation, SingleStoreObservationContext context,
			boolean idempotent, BooleanSupplier stillRetryable) {
		return Retry.from((signals) -> {
			BackOffExecution backOff = policy.getBackOff().start();
			return signals.concatMap((signal) -> {
				Throwable failure = signal.failure();
				boolean retryable = policy.shouldRetry(failure) && isRetryable(failure, idempotent)
						&& stillRetryable.getAsBoolean();
				long delay = retryable ? backOff.nextBackOff() : BackOffExecution.STOP;
				Duration wait = honourRetryAfter(failure, delay);
				if (wait == null) {
					return Mono.error(failure);
				}
				if (logger.isDebugEnabled()) {
					logger.debug("Retrying " + context.getOperation() + " after attempt " + context.getAttempts()
							+ " failed (" + failure.getClass().getSimpleName() + ") in " + wait.toMillis() + " ms; SQL ["
							+ context.getSql() + "]");
				}
				observation.event(Observation.Event.of("singlestore.retry", "retry after attempt " + context.getAttempts()));
				return Mono.delay(wait);
			});
		});
	}

	private static boolean isRetryable(Throwable failure, boolean idempotent) {
		FailureKind kind = FailureKind.of(failure);
		return kind == FailureKind.NOT_SENT || (kind == FailureKind.TRANSIENT && idempotent);
	}

	private @Nullable Duration honourRetryAfter(Throwable failure, long backOffMillis) {
		if (backOffMillis == BackOffExecution.STOP) {
			return null;
		}
		Duration wait = Duration.ofMillis(backOffMillis);
		DataApiSqlException response = SingleStoreExceptionTranslator.dataApiCause(failure);
		Duration retryAfter = (response != null) ? response.getRetryAfter() : null;
		if (retryAfter == null || retryAfter.compareTo(wait) <= 0) {
			return wait;
		}
		return (retryAfter.compareTo(this.retrySettings.maxDelay()) <= 0) ? retryAfter : null;
	}

	private <T> Flux<T> withTimeout(Flux<T> flux, EncodedStatement statement, CallOptions options) {
		Duration limit = timeout(options);
		if (limit == null) {
			return flux;
		}
		return Flux.defer(() -> {
			AtomicBoolean expired = new AtomicBoolean();
			return flux.takeUntilOther(Mono.delay(limit).doOnNext((tick) -> expired.set(true)))
				.concatWith(Mono.defer(() -> expired.get()
						? Mono.error(timeoutException(statement, limit, new TimeoutException()))
						: Mono.empty()));
		});
	}

	private @Nullable Duration timeout(CallOptions options) {
		return (options.timeout() != null) ? options.timeout() : this.timeout;
	}

	private static QueryTimeoutException timeoutException(EncodedStatement statement, Duration limit, Throwable ex) {
		return new QueryTimeoutException("Call did not complete within the " + limit
				+ " timeout (singlestore.http.timeout, or the call's own); SQL [" + statement.sql() + "]", ex);
	}

	private void succeeded(Observation observation, SingleStoreObservationContext context, long started,
			long rowCount) {
		context.setRowCount(rowCount);
		observation.stop();
		if (logger.isDebugEnabled()) {
			logger.debug(context.getOperation() + " succeeded in " + elapsedMillis(started) + " ms after "
					+ context.getAttempts() + " attempt(s), " + rowCount + " row(s); SQL [" + context.getSql() + "]");
		}
	}

	private void failed(Observation observation, SingleStoreObservationContext context, long started,
			Throwable ex) {
		context.setErrorCode(SingleStoreExceptionTranslator.errorCodeOf(ex));
		observation.error(ex);
		observation.stop();
		if (logger.isDebugEnabled()) {
			logger.debug(context.getOperation() + " failed in " + elapsedMillis(started) + " ms after "
					+ context.getAttempts() + " attempt(s): " + ex.getClass().getSimpleName() + "; SQL ["
					+ context.getSql() + "]");
		}
	}

	private static void cancelled(Observation observation, SingleStoreObservationContext context) {
		observation.event(Observation.Event.of("cancelled"));
		observation.stop();
		if (logger.isDebugEnabled()) {
			logger.debug(context.getOperation() + " cancelled by the subscriber; SQL [" + context.getSql() + "]");
		}
	}

	private static long elapsedMillis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
