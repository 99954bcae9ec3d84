package io.github.singlestorehttp.sample;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A stand-in embedding model for the {@code vectors} profile, so the demo runs without a model download or an API
 * key: every three-letter sequence of a word adds to the element its hash picks, and the vector is normalized. Texts
 * that share words or word parts come out similar. Not a language model: replace it with a real one.
 */
@Component
@Profile("vectors")
public class DemoEmbeddingModel implements EmbeddingModel {

	private static final int DIMENSIONS = 256;

	@Override
	public EmbeddingResponse call(EmbeddingRequest request) {
		List<String> texts = request.getInstructions();
		return new EmbeddingResponse(
				IntStream.range(0, texts.size()).mapToObj((i) -> new Embedding(embed(texts.get(i)), i))
					.toList());
	}

	@Override
	public float[] embed(Document document) {
		return embed(String.valueOf(document.getText()));
	}

	@Override
	public float[] embed(String text) {
		double[] counts = new double[DIMENSIONS];
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			String padded = " " + word + " ";
			for (int start = 0; start + 3 <= padded.length() && !word.isEmpty(); start++) {
				counts[Math.floorMod(padded.substring(start, start + 3).hashCode(), DIMENSIONS)]++;
			}
		}
		double norm = Math.sqrt(Arrays.stream(counts).map((count) -> count * count).sum());
		float[] vector = new float[DIMENSIONS];
		for (int index = 0; index < DIMENSIONS; index++) {
			vector[index] = (norm == 0) ? 0 : (float) (counts[index] / norm);
		}
		return vector;
	}

	@Override
	public int dimensions() {
		return DIMENSIONS;
	}

}
