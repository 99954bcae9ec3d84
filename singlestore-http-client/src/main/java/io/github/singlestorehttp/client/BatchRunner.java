package io.github.singlestorehttp.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.singlestorehttp.client.codec.EncodedStatement;
import io.github.singlestorehttp.client.codec.StatementEncoder;
import io.github.singlestorehttp.client.codec.StatementEncoder.EncodedChunk;
import io.github.singlestorehttp.client.http.CallOptions;
import io.github.singlestorehttp.client.http.StatementExecutor;

import org.springframework.dao.DataAccessException;

/**
 * Runs batches: single-row inserts as multi-row insert chunks, other statements once per row, one request
 * after the other, so that rows are applied in their order. Every row is encoded, and so checked, before
 * anything is sent. The first failure stops the batch at its request: no later request is sent, and the
 * failure reports the requests before it, whose rows are stored.
 */
final class BatchRunner {

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
			List<BatchResult.Part> completed = new ArrayList<>();
			return Flux.fromIterable(chunks)
				.concatMap((chunk) -> this.executor.exec(chunk.statement(), CallOptions.DEFAULTS)
					.map((result) -> new BatchResult.Part(chunk.firstRow(), chunk.rowCount(), result.rowsAffected(),
							result.lastInsertId()))
					.doOnNext(completed::add)
					.onErrorMap(DataAccessException.class, (ex) -> new SingleStoreBatchUpdateException(chunk.firstRow(),
							chunk.rowCount(), new BatchResult(List.copyOf(completed)), ex)))
				.collectList()
				.map(BatchResult::new);
		});
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

}
