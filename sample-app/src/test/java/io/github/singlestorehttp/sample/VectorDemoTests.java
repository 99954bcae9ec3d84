package io.github.singlestorehttp.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("vectors")
@ExtendWith(OutputCaptureExtension.class)
class VectorDemoTests {

	@Test
	void demoStoresDocumentsAndAnswersSimilarityQuestions(CapturedOutput output) {
		assertThat(output.getOut()).containsSubsequence("Store documents", "Similarity search: Which animals purr?",
				" cats: Cats purr when they are content", " kittens: Kittens purr and play",
				"Similarity search: interest rates where ", " stocks: Stock markets fell on rate fears");
		assertThat(output.getOut()).doesNotContain("Create users table");
		assertThat(output.getAll()).doesNotContain("Exception");
	}

}
