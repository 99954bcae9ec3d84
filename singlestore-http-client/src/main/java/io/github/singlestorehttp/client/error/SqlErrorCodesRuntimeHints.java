package io.github.singlestorehttp.client.error;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.jdbc.support.SQLErrorCodes;

/**
 * Runtime hints for {@link SingleStoreExceptionTranslator}'s MySQL error-code table: spring-jdbc reads it from
 * {@code sql-error-codes.xml} (its own, or the application's at the root of the class path) into
 * {@link SQLErrorCodes} beans, by reflection.
 */
class SqlErrorCodesRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources()
			.registerPattern("org/springframework/jdbc/support/sql-error-codes.xml")
			.registerPattern("sql-error-codes.xml");
		hints.reflection()
			.registerType(SQLErrorCodes.class, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
					MemberCategory.INVOKE_PUBLIC_METHODS);
	}

}
