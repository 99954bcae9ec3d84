package io.github.singlestorehttp.sample;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Autowired
	private WebTestClient webClient;

	@Autowired
	private UserService users;

	@Test
	void demoRunsEveryStepOnTheEmbeddedServer(CapturedOutput output) {
		assertThat(output.getOut()).containsSubsequence("Create users table", "Insert user",
				"ExecResult[lastInsertId=1, rowsAffected=1]", "Select all users", "[User[id=1, name=John]]",
				"Select user", "User[id=1, name=John]", "Update user", "ExecResult[lastInsertId=0, rowsAffected=1]",
				"User[id=1, name=John Doe]", "Delete user", "ExecResult[lastInsertId=0, rowsAffected=1]");
		assertThat(output.getAll()).contains("in memory").doesNotContain("Exception");
	}

	@Test
	void usersAreServedReactively() {
		this.users.insert("Ada");
		this.users.insert("Grace");
		this.webClient.get()
			.uri("/users")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(User.class)
			.value((list) -> assertThat(list).extracting(User::name).containsSubsequence(List.of("Ada", "Grace")));
	}

	@Test
	void healthIsUpWithTheDatabaseAndNoCredentials() {
		this.webClient.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("\"status\":\"UP\"").contains("singlestore").doesNotContain("password"));
	}

}
