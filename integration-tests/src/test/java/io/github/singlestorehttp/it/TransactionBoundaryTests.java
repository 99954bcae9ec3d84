package io.github.singlestorehttp.it;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.AbstractReactiveTransactionManager;
import org.springframework.transaction.reactive.GenericReactiveTransaction;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring transaction around template calls does not make them transactional, and the template says so.
 */
@LocalDataApiServerTest
@ExtendWith(OutputCaptureExtension.class)
class TransactionBoundaryTests {

	@Test
	void rollbackOfASurroundingTransactionDoesNotUndoTemplateWrites(LocalDataApiServer server, CapturedOutput output) {
		SingleStoreTemplate template = Templates.connectedTo(server);
		template.update("CREATE TABLE audit (id INT PRIMARY KEY)");
		otherDatabaseTransaction("other").executeWithoutResult((status) -> {
			template.update("INSERT INTO audit VALUES (?)", 1);
			template.sql("INSERT INTO audit VALUES (:id)").param("id", 2).update();
			status.setRollbackOnly();
		});
		assertThat(template.query("SELECT id FROM audit ORDER BY id", Integer.class)).containsExactly(1, 2);
		assertThat(output.getOut()).containsOnlyOnce("write inside a Spring transaction");
	}

	@Test
	void reactiveWritesInsideAThreadBoundTransactionWarnToo(LocalDataApiServer server, CapturedOutput output) {
		SingleStoreTemplate template = Templates.connectedTo(server);
		template.update("CREATE TABLE audit_rx (id INT PRIMARY KEY)");
		otherDatabaseTransaction("other-rx").executeWithoutResult(
				(status) -> template.reactive().update("INSERT INTO audit_rx VALUES (?)", 1).block());
		assertThat(output.getOut()).containsOnlyOnce("write inside a Spring transaction");
	}

	@Test
	void reactiveWritesInsideAReactiveTransactionWarn(LocalDataApiServer server, CapturedOutput output) {
		SingleStoreTemplate template = Templates.connectedTo(server);
		template.update("CREATE TABLE audit_ctx (id INT PRIMARY KEY)");
		TransactionalOperator transaction = TransactionalOperator.create(new NoOpReactiveTransactionManager());
		transaction.transactional(template.reactive().sql("INSERT INTO audit_ctx VALUES (:id)").param("id", 1).update())
			.block();
		assertThat(output.getOut()).containsOnlyOnce("write inside a Spring transaction");
	}

	private static TransactionTemplate otherDatabaseTransaction(String name) {
		JdbcDataSource otherDatabase = new JdbcDataSource();
		otherDatabase.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		return new TransactionTemplate(new DataSourceTransactionManager(otherDatabase));
	}

	/** A reactive transaction manager whose transactions hold no resource, enough to open a transaction. */
	private static final class NoOpReactiveTransactionManager extends AbstractReactiveTransactionManager {

		@Override
		protected Object doGetTransaction(TransactionSynchronizationManager synchronizationManager) {
			return new Object();
		}

		@Override
		protected Mono<Void> doBegin(TransactionSynchronizationManager synchronizationManager, Object transaction,
				TransactionDefinition definition) {
			return Mono.empty();
		}

		@Override
		protected Mono<Void> doCommit(TransactionSynchronizationManager synchronizationManager,
				GenericReactiveTransaction status) {
			return Mono.empty();
		}

		@Override
		protected Mono<Void> doRollback(TransactionSynchronizationManager synchronizationManager,
				GenericReactiveTransaction status) {
			return Mono.empty();
		}

	}

}
