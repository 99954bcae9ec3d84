package io.github.singlestorehttp.it;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
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
		template.execute("CREATE TABLE audit (id INT PRIMARY KEY)");
		JdbcDataSource otherDatabase = new JdbcDataSource();
		otherDatabase.setURL("jdbc:h2:mem:other;DB_CLOSE_DELAY=-1");
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(otherDatabase));
		transaction.executeWithoutResult((status) -> {
			template.execute("INSERT INTO audit VALUES (?)", 1);
			template.sql("INSERT INTO audit VALUES (:id)").param("id", 2).update();
			status.setRollbackOnly();
		});
		assertThat(template.query("SELECT id FROM audit ORDER BY id", Integer.class)).containsExactly(1, 2);
		assertThat(output.getOut()).containsOnlyOnce("write inside a Spring transaction");
	}

}
