package io.github.singlestorehttp.client;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Warns, once per template, when a write runs inside a Spring-managed transaction: the Data API commits
 * every statement on its own, so a surrounding {@code @Transactional} neither groups nor rolls back
 * template writes.
 */
final class TransactionWarning {

	private static final Log logger = LogFactory.getLog(SingleStoreTemplate.class);

	private final AtomicBoolean warned = new AtomicBoolean();

	void checkWrite(String sql) {
		if (TransactionSynchronizationManager.isActualTransactionActive() && this.warned.compareAndSet(false, true)) {
			logger.warn("SingleStoreTemplate write inside a Spring transaction: the Data API commits every statement "
					+ "on its own, so the surrounding transaction will neither group nor roll back it (warned once); "
					+ "SQL [" + sql + "]");
		}
	}

}
