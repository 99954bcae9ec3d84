package io.github.singlestorehttp.sample;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.springframework.ai.document.Document;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.VectorStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The vector demo of the {@code vectors} profile: store a few documents in the auto-configured SingleStore vector
 * store, then ask a similarity question, with and without a metadata filter, and print the answers.
 */
@Component
@Profile("vectors")
public class VectorDemo implements ApplicationRunner {

	private final VectorStore vectorStore;

	private final PrintStream out;

	/**
	 * Create the demo.
	 * @param vectorStore the vector store
	 */
	public VectorDemo(VectorStore vectorStore) {
		this.vectorStore = vectorStore;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.out.println("Store documents");
		this.vectorStore.add(List.of(
				new Document("cats", "Cats purr when they are content", Map.of("topic", "animals", "year", 2021)),
				new Document("dogs", "Dogs bark at the postman", Map.of("topic", "animals", "year", 2019)),
				new Document("rates", "Central banks raised interest rates", Map.of("topic", "finance", "year", 2023)),
				new Document("stocks", "Stock markets fell on rate fears", Map.of("topic", "finance", "year", 2024)),
				new Document("kittens", "Kittens purr and play", Map.of("topic", "animals", "year", 2024))));
		ask(SearchRequest.builder().query("Which animals purr?").topK(2).build());
		ask(SearchRequest.builder().query("interest rates").topK(2).filterExpression("year >= 2024").build());
	}

	private void ask(SearchRequest request) {
		this.out.println("Similarity search: " + request.getQuery()
				+ (request.hasFilterExpression() ? " where " + request.getFilterExpression() : ""));
		for (Document document : this.vectorStore.similaritySearch(request)) {
			this.out.printf("%.3f %s: %s%n", document.getScore(), document.getId(), document.getText());
		}
	}

}
