package io.github.singlestorehttp.client.error;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArgumentRedactionTests {

	@Test
	void valuesTheServerCutShortAreRedacted() {
		String value = "a-long-secret-value-the-server-shortens";
		assertThat(ArgumentRedaction.redact("Duplicate entry 'a-long-secret-val' for key 'PRIMARY'", List.of(value)))
			.isEqualTo("Duplicate entry '?' for key 'PRIMARY'");
		assertThat(ArgumentRedaction.redact("Data too long near 'a-long-secret-value-th…", List.of(value)))
			.isEqualTo("Data too long near '?…");
	}

	@Test
	void onlyWholeWordsCountSoKeyNamesStay() {
		assertThat(ArgumentRedaction.redact("Duplicate entry '7-x' for key 'idx_7'", List.of("7")))
			.isEqualTo("Duplicate entry '?' for key 'idx_7'");
	}

	@Test
	void messagesWithoutArgumentsAreKept() {
		String message = "Table 'app.users' doesn't exist";
		assertThat(ArgumentRedaction.redact(message, List.of())).isEqualTo(message);
		assertThat(ArgumentRedaction.redact(message, List.of("x"))).isEqualTo(message);
	}

}
