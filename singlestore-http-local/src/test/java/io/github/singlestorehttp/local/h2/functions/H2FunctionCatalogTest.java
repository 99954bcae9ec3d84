package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link H2FunctionCatalog}: the names it reports and the registration in a schema.
 */
class H2FunctionCatalogTest extends FunctionsDatabase {

	@Test
	void namesAreTheSingleStoreFunctionsWithoutTheHelpersForOperators() {
		assertThat(H2FunctionCatalog.names()).contains("JSON_EXTRACT_STRING", "JSON_AGG", "DOT_PRODUCT", "HEX",
				"DATE_FORMAT", "POW");
		assertThat(H2FunctionCatalog.names()).doesNotContain("VECTOR_CAST", "INT_DIV", "MATCH_AGAINST")
			.allSatisfy((name) -> assertThat(name).isUpperCase());
	}

	@Test
	void installingTwiceKeepsTheFunctions() throws SQLException {
		H2FunctionCatalog.installIn(connection(), "public");
		assertThat(value("SELECT ss_hex('a')")).isEqualTo("61");
	}

	@Test
	void functionsInstalledInAnotherSchemaAreCalledWithTheSchemaName() throws SQLException {
		execute("CREATE SCHEMA \"singlestore_local\"");
		H2FunctionCatalog.installIn(connection(), "singlestore_local");
		assertThat(value("SELECT singlestore_local.SS_REVERSE('abc')")).isEqualTo("cba");
	}

}
