package io.github.singlestorehttp.local;

import io.github.singlestorehttp.local.h2.H2RequestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The descriptions of the objects that hold credentials leave the credentials out.
 */
class SecretsInDescriptionsTest {

	@Test
	void serverSettingsShowNoPasswordOrToken() {
		ServerSettings settings = new ServerSettings("127.0.0.1", 0, "root", "basic-secret", false, "token-secret", "app",
				"jdbc:h2:tcp://db/app;USER=sa;PASSWORD=url-secret", "jdbc:h2:tcp://db/app;USER=sa;PASSWORD=url-secret",
				false, false, null, true, false, 1024, 4);

		assertThat(settings.toString()).doesNotContain("basic-secret", "token-secret", "url-secret")
			.contains("username=root", "PASSWORD=****");
	}

	@Test
	void requestUserShowsNoPassword() {
		assertThat(new H2RequestUser("requests", "user-secret").toString()).doesNotContain("user-secret")
			.contains("requests");
	}

}
