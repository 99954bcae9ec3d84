package io.github.singlestorehttp.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * A deterministic embedding model for tests: each word of the text adds one to the element its hash picks, and the
 * vector is normalized, so texts sharing words are similar and a text is most similar to itself.
 */
public class WordHashingEmbeddingModel implements EmbeddingModel {

	private final int dimensions;

	/**
	 * Create a model.
	 * @param dimensions the number of dimensions of its vectors
	 */
	public WordHashingEmbeddingModel(int dimensions) {
		this.dimensions = dimensions;
	}

	@Override
	public EmbeddingResponse call(EmbeddingRequest request) {
		List<Embedding> embeddings = new ArrayList<>();
		for (String text : request.getInstructions()) {
			embeddings.add(new Embedding(vector(text), embeddings.size()));
		}
		return new EmbeddingResponse(embeddings);
	}

	@Override
	public float[] embed(Document document) {
		return vector(document.getText());
	}

	@Override
	public int dimensions() {
		return this.dimensions;
	}

	private float[] vector(String text) {
		float[] vector = new float[this.dimensions];
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				vector[Math.floorMod(word.hashCode(), this.dimensions)]++;
			}
		}
		double norm = 0;
		for (float element : vector) {
			norm += element * element;
		}
		for (int index = 0; index < vector.length; index++) {
			vector[index] = (norm == 0) ? 0 : (float) (vector[index] / Math.sqrt(norm));
		}
		return vector;
	}

}
