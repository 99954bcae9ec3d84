package io.github.singlestorehttp.client.error;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.jdbc.support.SQLErrorCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SqlErrorCodesRuntimeHints}, as ahead-of-time processing finds it in {@code META-INF/spring/aot.factories}.
 */
class SqlErrorCodesRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	SqlErrorCodesRuntimeHintsTests() {
		AotServices.factories().load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(this.hints, getClass().getClassLoader()));
	}

	@Test
	void theErrorCodeTablesCanBeRead() {
		assertThat(RuntimeHintsPredicates.resource().forResource("org/springframework/jdbc/support/sql-error-codes.xml"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("sql-error-codes.xml")).accepts(this.hints);
	}

	@Test
	void theErrorCodesBeansCanBeCreatedAndFilled() throws NoSuchMethodException {
		assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(SQLErrorCodes.class.getConstructor()))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(SQLErrorCodes.class.getMethod("setBadSqlGrammarCodes", String[].class)))
			.accepts(this.hints);
	}

}
