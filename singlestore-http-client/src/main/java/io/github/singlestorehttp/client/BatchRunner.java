package io.github.singlestorehttp.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.singlestorehttp.client.codec.EncodedStatement;
import io.github.singlestorehttp.client.codec.StatementEncoder;
import io.github.singlestorehttp.client.codec.StatementEncoder.EncodedChunk;
import io.github.singlestorehttp.client.http.CallOptions;
import io.github.singlestorehttp.client.http.StatementExecutor;

import org.springframework.dao.DataAccessException;

/**
 * Runs batches: single-row inserts as multi-row insert chunks, one after the other; other statements
 * once per row, a few at a time. Every row is encoded, and so checked, before anything is sent. The
 * first failure stops the batch: no further request starts, requests already under way finish, and the
 * failure is reported with every request that succeeded.
 */
final class BatchRunner {

	private static final int STATEMENT_CONCURRENCY = 4;

	private final StatementEncoder encoder;

	private final StatementExecutor executor;

	private final @Nullable String database;

	BatchRunner(StatementEncoder encoder, StatementExecutor executor, @Nullable String database) {
		this.encoder = encoder;
		this.executor = executor;
		this.database = database;
	}

	Mono<BatchResult> run(String sql, List<@Nullable Object[]> rows) {
		return Mono.fromCallable(() -> chunks(sql, rows)).flatMap((chunks) -> {
			int concurrency = (chunks.size() > 1 && chunks.get(0).rowCount() == 1) ? STATEMENT_CONCURRENCY : 1;
			List<BatchResult.Part> completed = Collections.synchronizedList(new ArrayList<>());
			AtomicBoolean failed = new AtomicBoolean();
			return Flux.fromIterable(chunks)
				.flatMapSequentialDelayError((chunk) -> failed.get() ? Mono.<BatchResult.Part>empty()
						: this.executor.exec(chunk.statement(), CallOptions.DEFAULTS)
							.map((result) -> new BatchResult.Part(chunk.firstRow(), chunk.rowCount(),
									result.rowsAffected(), result.lastInsertId()))
							.doOnNext(completed::add)
							.doOnError((ex) -> failed.set(true))
							.onErrorMap(DataAccessException.class, (ex) -> new ChunkFailure(chunk, ex)),
						concurrency, 1)
				.collectList()
				.map(BatchResult::new)
				.onErrorMap((ex) -> firstFailure(ex) != null, (ex) -> firstFailure(ex).toException(completed));
		});
	}

	private static @Nullable ChunkFailure firstFailure(Throwable error) {
		return Exceptions.unwrapMultiple(error)
			.stream()
			.filter(ChunkFailure.class::isInstance)
			.map(ChunkFailure.class::cast)
			.min(Comparator.comparingInt((failure) -> failure.chunk.firstRow()))
			.orElse(null);
	}

	private List<EncodedChunk> chunks(String sql, List<@Nullable Object[]> rows) {
		Optional<List<EncodedChunk>> inserts = this.encoder.encodeMultiRowInsert(sql, rows, this.database);
		if (inserts.isPresent()) {
			return inserts.get();
		}
		List<EncodedChunk> statements = new ArrayList<>(rows.size());
		for (int row = 0; row < rows.size(); row++) {
			EncodedStatement statement = this.encoder.encode(sql, rows.get(row), this.database);
			statements.add(new EncodedChunk(statement, row, 1));
		}
		return statements;
	}

	/** A chunk's failure, carried to where the completed parts are known. */
	private static final class ChunkFailure extends RuntimeException {

		private final transient EncodedChunk chunk;

		private final DataAccessException failure;

		ChunkFailure(EncodedChunk chunk, DataAccessException failure) {
			super(failure.getMessage(), failure, false, false);
			this.chunk = chunk;
			this.failure = failure;
		}

		SingleStoreBatchUpdateException toException(List<BatchResult.Part> completed) {
			List<BatchResult.Part> parts = new ArrayList<>(completed);
			parts.sort(Comparator.comparingInt(BatchResult.Part::firstRow));
			return new SingleStoreBatchUpdateException(this.chunk.firstRow(), this.chunk.rowCount(), new BatchResult(parts),
					this.failure);
		}

	}

}
