package io.github.singlestorehttp.benchmarks.heap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.singlestorehttp.benchmarks.fixture.TableShape;
import io.github.singlestorehttp.benchmarks.fixture.TuplesBodies;
import io.github.singlestorehttp.benchmarks.support.ChildJvm;
import io.github.singlestorehttp.benchmarks.support.Report;
import io.github.singlestorehttp.benchmarks.support.RunMode;

/**
 * Peak heap needed to decode a large tuples body: each variant decodes the body (mapped outside the heap) in a fresh
 * child JVM capped at 8 MB, 16 MB, 32 MB, … until one run completes. The smallest cap that completes is the figure;
 * it does not depend on how lazily the collector runs, unlike a sampled peak of used heap (which is also printed).
 * Quick mode measures the narrow shape only.
 * <pre class="code">
 * java -cp benchmarks.jar io.github.singlestorehttp.benchmarks.heap.DecodeHeapLadder quick|full
 * </pre>
 */
public final class DecodeHeapLadder {

	private static final int[] CAPS_MB = { 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192 };

	/** The status a JVM exits with under {@code -XX:+ExitOnOutOfMemoryError}. */
	private static final int OUT_OF_MEMORY_STATUS = 3;

	private DecodeHeapLadder() {
	}

	/**
	 * Runs the ladder for every shape and variant.
	 * @param args the mode
	 */
	public static void main(String[] args) {
		RunMode mode = RunMode.fromArgs(args);
		int rows = mode.pick(20_000, 1_000_000);
		Report report = new Report();
		report.line("# Peak heap to decode %,d rows, %s mode (smallest -Xmx that completes, in a child JVM; body mapped "
				+ "outside the heap; ratio = against the bare streaming parse)", rows, mode.label());
		List<TableShape> shapes = mode.pick(List.of(TableShape.NARROW), List.of(TableShape.values()));
		for (TableShape shape : shapes) {
			long bytes = TuplesBodies.size(shape, rows);
			report.line("");
			report.line("%s (body %,.1f MB):", shape.name().toLowerCase(), bytes / 1e6);
			report.line("| variant | smallest -Xmx that completes | ratio | sampled peak used heap in that run |");
			report.line("|---|---:|---:|---:|");
			Map<DecodeVariant, Fit> fits = new EnumMap<>(DecodeVariant.class);
			for (DecodeVariant variant : DecodeVariant.values()) {
				Fit fit = smallestFit(variant, shape, rows);
				fits.put(variant, fit);
				double ratio = (double) fit.capMb() / fits.get(DecodeVariant.BARE_PARSE).capMb();
				report.line("| %s | %s | %.1f | %s |", variant.name().toLowerCase(), fit.describe(), ratio,
						fit.output());
			}
		}
		report.save(Report.resultsDirectory().resolve("decode-heap-" + mode.label() + ".txt"));
	}

	private static Fit smallestFit(DecodeVariant variant, TableShape shape, int rows) {
		for (int cap : CAPS_MB) {
			try {
				Path errors = Files.createTempFile("decode-once-", ".err");
				Process child = ChildJvm.start(List.of("-Xmx" + cap + "m", "-XX:+ExitOnOutOfMemoryError"),
						DecodeOnce.class, List.of(variant.name(), shape.name(), Integer.toString(rows)),
						ProcessBuilder.Redirect.to(errors.toFile()));
				String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
				int status = child.waitFor();
				String errorText = Files.readString(errors);
				Files.delete(errors);
				if (status == 0) {
					return new Fit(cap, output);
				}
				if (status != OUT_OF_MEMORY_STATUS && !errorText.contains("OutOfMemoryError")) {
					throw new IllegalStateException(variant + " " + shape + " failed with status " + status + ":\n"
							+ errorText);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted", ex);
			}
		}
		return new Fit(Integer.MAX_VALUE, "did not complete within " + CAPS_MB[CAPS_MB.length - 1] + " MB");
	}

	/**
	 * The smallest heap cap a variant completed in.
	 * @param capMb the cap in MB
	 * @param output what the child printed
	 */
	private record Fit(int capMb, String output) {

		String describe() {
			return (this.capMb == Integer.MAX_VALUE) ? "more than 8 GB" : "≤ " + this.capMb + " MB";
		}

	}

}
