package io.github.singlestorehttp.local;

import java.net.http.HttpResponse;

import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema that holds the server's own functions ({@code singlestore_local}, with {@code FROM_BASE64}, which every
 * {@code byte[]} argument needs) cannot be dropped, renamed or changed by a request, whatever the spelling, with or
 * without a database: the statement is denied and the functions keep working.
 */
@LocalDataApiServerTest
class ServerSchemaProtectionTest {

	private final DataApiClient client;

	ServerSchemaProtectionTest(LocalDataApiServer server) {
		this.client = new DataApiClient(server);
	}

	@ParameterizedTest
	@ValueSource(strings = { "DROP DATABASE singlestore_local", "DROP DATABASE IF EXISTS `singlestore_local`",
			"drop schema Singlestore_Local", "DROP SCHEMA singlestore_local CASCADE",
			"DROP SCHEMA `SINGLESTORE_LOCAL` CASCADE", "DROP /* tidy up */ SCHEMA IF EXISTS singlestore_local CASCADE",
			"ALTER SCHEMA singlestore_local RENAME TO elsewhere", "DROP ALIAS singlestore_local.FROM_BASE64",
			"DROP DOMAIN singlestore_local.TEXT", "CREATE OR REPLACE VIEW singlestore_local.v AS SELECT 1 AS one",
			"CREATE TABLE singlestore_local.kept (id INT)", "RENAME TABLE singlestore_local.x TO app.x" })
	void changesToTheServerSchemaAreDenied(String sql) {
		HttpResponse<String> withDatabase = this.client.exec(sql);
		HttpResponse<String> withoutDatabase = this.client.withoutDatabase().exec(sql);

		assertThat(withDatabase.statusCode()).isEqualTo(400);
		assertThat(withDatabase.body()).isEqualTo("Error 1044 (42000): Access denied to database "
				+ "'singlestore_local', which holds the local server's own functions");
		assertThat(withoutDatabase.body()).isEqualTo(withDatabase.body());
		assertThat(this.client.rows("SELECT TO_BASE64(FROM_BASE64(?)) AS b", "AAEC/w==").body())
			.isEqualTo("{\"results\":[{\"rows\":[{\"b\":\"AAEC/w==\"}]}]}");
		assertThat(this.client.withoutDatabase().rows("SELECT TO_BASE64('ok') AS b").body())
			.isEqualTo("{\"results\":[{\"rows\":[{\"b\":\"b2s=\"}]}]}");
	}

}
