package io.github.singlestorehttp.it;

import io.github.singlestorehttp.client.RetrySettings;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;

/**
 * Templates connected to a local server.
 */
final class Templates {

	private Templates() {
	}

	static SingleStoreTemplate connectedTo(LocalDataApiServer server) {
		return builder(server).build();
	}

	static SingleStoreTemplate.Builder builder(LocalDataApiServer server) {
		return SingleStoreTemplate.builder()
			.url(server.url())
			.basicAuth(server.username(), server.password())
			.database(server.database())
			.retry(RetrySettings.none());
	}

}
