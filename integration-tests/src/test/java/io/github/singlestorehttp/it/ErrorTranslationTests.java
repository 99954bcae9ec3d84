package io.github.singlestorehttp.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.client.error.DataApiSqlException;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Real server errors become the right Spring exceptions, without argument values or credentials.
 */
@LocalDataApiServerTest
class ErrorTranslationTests {

	private static SingleStoreTemplate template;

	@BeforeAll
	static void createTable(LocalDataApiServer server) {
		template = Templates.connectedTo(server);
		template.update("CREATE TABLE people (id INT PRIMARY KEY, email VARCHAR(10) NOT NULL UNIQUE)");
		template.update("INSERT INTO people VALUES (?, ?)", 1, "a@b.c");
	}

	@Test
	void duplicateKey() {
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> template.update("INSERT INTO people VALUES (?, ?)", 2, "a@b.c"))
			.withMessageContaining("POST /api/v2/exec (HTTP 400, error 1062")
			.withMessageNotContaining("a@b.c")
			.satisfies((ex) -> assertThat(((DataApiSqlException) ex.getCause()).getErrorCode()).isEqualTo(1062));
	}

	@Test
	void grammarErrors() {
		assertThatExceptionOfType(BadSqlGrammarException.class).isThrownBy(() -> template.query("SELECT * FROM nobody"))
			.withMessageContaining("error 1146");
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> template.query("SELECT nope FROM people"))
			.withMessageContaining("error 1054");
		assertThatExceptionOfType(BadSqlGrammarException.class).isThrownBy(() -> template.query("SELEC 1"))
			.withMessageContaining("error 1064");
	}

	@Test
	void integrityViolations() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> template.update("INSERT INTO people VALUES (?, ?)", 3, null))
			.withMessageContaining("error 1048");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> template.update("INSERT INTO people VALUES (?, ?)", 4, "much-too-long@example.com"))
			.withMessageContaining("error 1406")
			.withMessageNotContaining("much-too-long");
	}

	@Test
	void unknownDatabase(LocalDataApiServer server) {
		SingleStoreTemplate elsewhere = Templates.builder(server).database("nowhere").build();
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> elsewhere.query("SELECT 1"))
			.withMessageContaining("error 1049");
	}

	@Test
	void noDatabaseSelected(LocalDataApiServer server) {
		SingleStoreTemplate noDatabase = Templates.builder(server).database(null).build();
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> noDatabase.query("SELECT * FROM people"))
			.withMessageContaining("error 1046");
		assertThat(noDatabase.query("SELECT COUNT(*) AS n FROM " + server.database() + ".people")).hasSize(1);
	}

	@Test
	void wrongPassword(LocalDataApiServer server) {
		SingleStoreTemplate intruder = Templates.builder(server).basicAuth(server.username(), "guess-1234").build();
		assertThatExceptionOfType(PermissionDeniedDataAccessException.class)
			.isThrownBy(() -> intruder.query("SELECT 1"))
			.withMessageContaining("HTTP 401")
			.withMessageNotContaining("guess-1234");
	}

	@Test
	void sqlInjectionInArgumentsIsStoredAsData() {
		String attack = "x'); DROP TABLE people; --";
		template.update("INSERT INTO people VALUES (?, ?)", 10, attack.substring(0, 10));
		assertThat(template.query("SELECT email FROM people WHERE id = ?", 10)).singleElement()
			.satisfies((row) -> assertThat(row.get("email")).isEqualTo(attack.substring(0, 10)));
		assertThat(template.query("SELECT COUNT(*) AS n FROM people")).isNotEmpty();
	}

}
