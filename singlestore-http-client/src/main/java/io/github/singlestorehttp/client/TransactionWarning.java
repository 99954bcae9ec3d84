package io.github.singlestorehttp.client;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Warns, once per template, when a write runs inside a Spring-managed transaction: the Data API commits
 * every statement on its own, so a surrounding {@code @Transactional} neither groups nor rolls back
 * template writes. Both kinds of transaction are seen: one bound to the calling thread, and a reactive one
 * in the subscriber's context.
 */
final class TransactionWarning {

	private static final Log logger = LogFactory.getLog(SingleStoreTemplate.class);

	private final AtomicBoolean warned = new AtomicBoolean();

	/**
	 * Watch a write: check the calling thread now, and the subscriber's context when it subscribes.
	 * @param sql the statement, for the message
	 * @param write the write
	 * @return the write, warning first when it runs inside a transaction
	 */
	<T> Mono<T> watch(String sql, Mono<T> write) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			warn(sql);
		}
		return org.springframework.transaction.reactive.TransactionSynchronizationManager.forCurrentTransaction()
			.filter(org.springframework.transaction.reactive.TransactionSynchronizationManager::isActualTransactionActive)
			.doOnNext((transaction) -> warn(sql))
			.onErrorResume(NoTransactionException.class, (ex) -> Mono.empty())
			.then(write);
	}

	private void warn(String sql) {
		if (this.warned.compareAndSet(false, true)) {
			logger.warn("SingleStoreTemplate write inside a Spring transaction: the Data API commits every statement "
					+ "on its own, so the surrounding transaction will neither group nor roll back it (warned once); "
					+ "SQL [" + sql + "]");
		}
	}

}
