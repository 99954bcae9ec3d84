package io.github.singlestorehttp.local.h2;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DatabaseCommand}.
 */
class DatabaseCommandTest {

	@Test
	void createDatabaseBecomesCreateSchemaKeepingTheNameExactly() {
		assertThat(sql("CREATE DATABASE Shop")).isEqualTo("CREATE SCHEMA \"Shop\"");
		assertThat(sql("create schema if not exists `my db` PARTITIONS 8")).isEqualTo("CREATE SCHEMA IF NOT EXISTS \"my db\"");
	}

	@Test
	void dropDatabaseCascades() {
		assertThat(sql("DROP DATABASE shop")).isEqualTo("DROP SCHEMA \"shop\" CASCADE");
		assertThat(sql("DROP DATABASE IF EXISTS `a``b`")).isEqualTo("DROP SCHEMA IF EXISTS \"a`b\" CASCADE");
	}

	@Test
	void otherStatementsAreNotDatabaseCommands() {
		assertThat(DatabaseCommand.parse("CREATE TABLE database (id INT)")).isEmpty();
		assertThat(DatabaseCommand.parse("DROP DATABASE shop CASCADE")).isEmpty();
		assertThat(DatabaseCommand.parse("CREATE DATABASE IF EXISTS shop")).isEmpty();
		assertThat(DatabaseCommand.parse("SELECT 'CREATE DATABASE x'")).isEmpty();
	}

	private static String sql(String statement) {
		return DatabaseCommand.parse(statement).orElseThrow().toSchemaSql();
	}

}
