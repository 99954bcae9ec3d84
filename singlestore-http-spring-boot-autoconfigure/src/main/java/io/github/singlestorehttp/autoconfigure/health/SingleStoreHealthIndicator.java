package io.github.singlestorehttp.autoconfigure.health;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.singlestorehttp.autoconfigure.SingleStoreConnectionDetails;
import io.github.singlestorehttp.client.ReactiveSingleStoreOperations;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the health of the SingleStore Data API: UP when it answers {@code GET /ping} and runs
 * {@code SELECT 1} with the configured credentials, DOWN otherwise. Given the connection details, details
 * name the host and the database, never the full URL or credentials.
 */
public class SingleStoreHealthIndicator extends AbstractReactiveHealthIndicator {

	private static final String VALIDATION_QUERY = "SELECT 1";

	private final ReactiveSingleStoreOperations operations;

	private final @Nullable SingleStoreConnectionDetails connectionDetails;

	/**
	 * Create an indicator.
	 * @param operations the operations to check with
	 * @param connectionDetails the details that name the host and database reported, or {@code null} to
	 * report neither
	 */
	public SingleStoreHealthIndicator(ReactiveSingleStoreOperations operations,
			@Nullable SingleStoreConnectionDetails connectionDetails) {
		super("SingleStore Data API health check failed");
		this.operations = operations;
		this.connectionDetails = connectionDetails;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		addConnectionDetails(builder);
		return this.operations.ping()
			.then(this.operations.query(VALIDATION_QUERY).then())
			.then(Mono.fromSupplier(() -> builder.up().build()))
			.onErrorResume((ex) -> Mono.just(builder.down(ex).build()));
	}

	private void addConnectionDetails(Health.Builder builder) {
		if (this.connectionDetails == null) {
			return;
		}
		String host = hostOf(this.connectionDetails.getUrl());
		if (host != null) {
			builder.withDetail("host", host);
		}
		String database = this.connectionDetails.getDatabase();
		if (database != null) {
			builder.withDetail("database", database);
		}
	}

	private static @Nullable String hostOf(String url) {
		return URI.create(url.contains("://") ? url : "https://" + url).getHost();
	}

}
