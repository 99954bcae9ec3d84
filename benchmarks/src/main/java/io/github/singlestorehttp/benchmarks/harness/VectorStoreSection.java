package io.github.singlestorehttp.benchmarks.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import io.github.singlestorehttp.ai.SingleStoreVectorStore;
import io.github.singlestorehttp.benchmarks.fixture.JdkDataApiClient;
import io.github.singlestorehttp.benchmarks.support.Report;
import io.github.singlestorehttp.benchmarks.support.Samples;
import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.vectorstore.SearchRequest;

/**
 * The Spring AI vector store against the local server: {@code add} of many documents and {@code similaritySearch}
 * latency, next to the same SQL sent by the JDK client (the baseline: what a hand-written Data API helper would send,
 * multi-row INSERTs of under 1 MB and one SELECT per search, responses parsed into maps). Embeddings are precomputed
 * random unit vectors looked up by text, so neither side spends time embedding.
 */
final class VectorStoreSection {

	private static final int DIMENSIONS = 384;

	private static final int TOP_K = 10;

	private static final int REQUEST_BUDGET = 900_000;

	private static final String STORE_TABLE = "bench_vector_store";

	private static final String BASELINE_TABLE = "bench_vector_baseline";

	private final SingleStoreTemplate template;

	private final JdkDataApiClient jdk;

	private final int documentCount;

	private final int searches;

	private final int repeats;

	private final Report report;

	private final Supplier<String> quiet;

	private final JsonMapper json = JsonMapper.shared();

	VectorStoreSection(SingleStoreTemplate template, JdkDataApiClient jdk, int documentCount, int searches, int repeats,
			Report report, Supplier<String> quiet) {
		this.template = template;
		this.jdk = jdk;
		this.documentCount = documentCount;
		this.searches = searches;
		this.repeats = repeats;
		this.report = report;
		this.quiet = quiet;
	}

	void run() {
		Map<String, float[]> embeddings = new HashMap<>();
		List<Document> documents = documents(embeddings);
		List<String> queries = queries(embeddings);
		SingleStoreVectorStore store = SingleStoreVectorStore.builder(this.template, new LookupEmbeddingModel(embeddings))
			.tableName(STORE_TABLE)
			.dimensions(DIMENSIONS)
			.initializeSchema(true)
			.build();
		store.afterPropertiesSet();
		this.template.update("CREATE TABLE " + BASELINE_TABLE + " (id VARCHAR(255) NOT NULL PRIMARY KEY, content LONGTEXT,"
				+ " metadata JSON, embedding VECTOR(" + DIMENSIONS + ") NOT NULL)");
		addWithStore(store, documents.subList(0, Math.min(500, documents.size())));
		addWithJdk(documents.subList(0, Math.min(500, documents.size())), embeddings);
		String conditions = this.quiet.get();
		double[] storeAdd = new double[this.repeats];
		double[] baselineAdd = new double[this.repeats];
		for (int repeat = 0; repeat < this.repeats; repeat++) {
			storeAdd[repeat] = addWithStore(store, documents);
			baselineAdd[repeat] = addWithJdk(documents, embeddings);
		}
		Latencies storeSearch = new Latencies();
		Latencies baselineSearch = new Latencies();
		for (int repeat = 0; repeat < this.repeats; repeat++) {
			for (String query : queries) {
				storeSearch.time(() -> check(store.similaritySearch(SearchRequest.builder().query(query).topK(TOP_K).build())
					.size()));
				baselineSearch.time(() -> check(searchWithJdk(embeddings.get(query))));
			}
		}
		this.report.line("");
		this.report.line("## Spring AI vector store against the local server (%,d documents of %d dimensions, top %d; "
				+ "median of %d runs; ratio = store ÷ JDK client, lower is better; %s)", this.documentCount, DIMENSIONS,
				TOP_K, this.repeats, conditions);
		this.report.line("| operation | JDK client, same SQL (baseline) | SingleStoreVectorStore | ratio |");
		this.report.line("|---|---:|---:|---:|");
		Samples storeAddSamples = Samples.of(storeAdd);
		Samples baselineAddSamples = Samples.of(baselineAdd);
		this.report.line("| add %,d documents (s) | %s | %s | %.2f |", this.documentCount,
				baselineAddSamples.describe("%.2f"), storeAddSamples.describe("%.2f"),
				storeAddSamples.median() / baselineAddSamples.median());
		this.report.line("| similaritySearch p50 (ms) | %.2f | %.2f | %.2f |", baselineSearch.percentile(50),
				storeSearch.percentile(50), storeSearch.percentile(50) / baselineSearch.percentile(50));
		this.report.line("| similaritySearch p99 (ms) | %.2f | %.2f | %.2f |", baselineSearch.percentile(99),
				storeSearch.percentile(99), storeSearch.percentile(99) / baselineSearch.percentile(99));
	}

	private double addWithStore(SingleStoreVectorStore store, List<Document> documents) {
		this.template.update("TRUNCATE TABLE " + STORE_TABLE);
		long start = System.nanoTime();
		store.add(documents);
		double seconds = (System.nanoTime() - start) / 1e9;
		checkCount(STORE_TABLE, documents.size());
		return seconds;
	}

	private double addWithJdk(List<Document> documents, Map<String, float[]> embeddings) {
		this.template.update("TRUNCATE TABLE " + BASELINE_TABLE);
		long start = System.nanoTime();
		List<Object> args = new ArrayList<>();
		int bytes = 0;
		for (Document document : documents) {
			String metadata = this.json.writeValueAsString(document.getMetadata());
			String embedding = this.json.writeValueAsString(embeddings.get(document.getText()));
			int rowBytes = document.getId().length() + document.getText().length() + metadata.length()
					+ embedding.length() + 32;
			if (bytes + rowBytes > REQUEST_BUDGET) {
				insertWithJdk(args);
				args.clear();
				bytes = 0;
			}
			args.addAll(List.of(document.getId(), document.getText(), metadata, embedding));
			bytes += rowBytes;
		}
		insertWithJdk(args);
		double seconds = (System.nanoTime() - start) / 1e9;
		checkCount(BASELINE_TABLE, documents.size());
		return seconds;
	}

	private void insertWithJdk(List<Object> args) {
		String tuples = String.join(",", Collections.nCopies(args.size() / 4, "(?, ?, ?, ?)"));
		this.jdk.exec("INSERT INTO " + BASELINE_TABLE + " (id, content, metadata, embedding) VALUES " + tuples,
				args.toArray());
	}

	private int searchWithJdk(float[] query) {
		Map<?, ?> response = this.jdk.query("SELECT id, content, metadata, DOT_PRODUCT(embedding, ? :> VECTOR("
				+ DIMENSIONS + ")) AS score FROM " + BASELINE_TABLE + " ORDER BY score DESC LIMIT " + TOP_K,
				this.json.writeValueAsString(query));
		List<?> results = (List<?>) response.get("results");
		return ((List<?>) ((Map<?, ?>) results.get(0)).get("rows")).size();
	}

	private void checkCount(String table, long expected) {
		Long count = this.template.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		if (count == null || count != expected) {
			throw new IllegalStateException(table + " holds " + count + " rows, expected " + expected);
		}
	}

	private static void check(int found) {
		if (found != TOP_K) {
			throw new IllegalStateException("A search found " + found + " documents, expected " + TOP_K);
		}
	}

	private List<Document> documents(Map<String, float[]> embeddings) {
		Random random = new Random(42);
		List<Document> documents = new ArrayList<>(this.documentCount);
		for (int i = 0; i < this.documentCount; i++) {
			String text = "document " + i + " about topic " + (i % 97);
			embeddings.put(text, unitVector(random));
			documents.add(Document.builder()
				.id("doc-" + i)
				.text(text)
				.metadata(Map.of("topic", i % 97, "source", "benchmark"))
				.build());
		}
		return documents;
	}

	private List<String> queries(Map<String, float[]> embeddings) {
		Random random = new Random(7);
		List<String> queries = new ArrayList<>(this.searches);
		for (int i = 0; i < this.searches; i++) {
			String query = "query " + i;
			embeddings.put(query, unitVector(random));
			queries.add(query);
		}
		return queries;
	}

	private static float[] unitVector(Random random) {
		float[] vector = new float[DIMENSIONS];
		double norm = 0;
		for (int index = 0; index < DIMENSIONS; index++) {
			vector[index] = (float) random.nextGaussian();
			norm += vector[index] * vector[index];
		}
		for (int index = 0; index < DIMENSIONS; index++) {
			vector[index] = (float) (vector[index] / Math.sqrt(norm));
		}
		return vector;
	}

	/** Latencies of timed calls, in milliseconds. */
	private static final class Latencies {

		private final List<Double> millis = new ArrayList<>();

		void time(Runnable call) {
			long start = System.nanoTime();
			call.run();
			this.millis.add((System.nanoTime() - start) / 1e6);
		}

		double percentile(int percent) {
			double[] sorted = this.millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
		}

	}

	/** An embedding model that looks precomputed embeddings up by text, so that embedding costs nothing. */
	private record LookupEmbeddingModel(Map<String, float[]> embeddings) implements EmbeddingModel {

		@Override
		public EmbeddingResponse call(EmbeddingRequest request) {
			List<Embedding> results = new ArrayList<>();
			for (String text : request.getInstructions()) {
				results.add(new Embedding(lookUp(text), results.size()));
			}
			return new EmbeddingResponse(results);
		}

		@Override
		public float[] embed(Document document) {
			return lookUp(String.valueOf(document.getText()));
		}

		@Override
		public int dimensions() {
			return DIMENSIONS;
		}

		private float[] lookUp(String text) {
			float[] embedding = this.embeddings.get(text);
			if (embedding == null) {
				throw new IllegalArgumentException("No embedding for a text");
			}
			return Arrays.copyOf(embedding, embedding.length);
		}

	}

}
