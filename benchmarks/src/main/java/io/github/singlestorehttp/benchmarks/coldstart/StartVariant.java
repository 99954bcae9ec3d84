package io.github.singlestorehttp.benchmarks.coldstart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One way to start the sample app. The AOT variants run the code that {@code spring-boot:process-aot} generated;
 * the CDS variants run the jar extracted by {@code java -Djarmode=tools extract} with a class data archive that a
 * training run ({@code spring.context.exit=onRefresh}) wrote.
 */
enum StartVariant {

	/** {@code java -jar app.jar}: the baseline. */
	PLAIN("plain JVM", false, false, false),

	/** {@code java -Dspring.aot.enabled=true -jar app.jar}. */
	AOT("AOT", true, false, false),

	/** The extracted jar, no archive: what extraction alone changes. */
	EXTRACTED("extracted", false, true, false),

	/** The extracted jar with a CDS archive. */
	CDS("CDS", false, true, true),

	/** The extracted jar with a CDS archive trained with AOT, and AOT. */
	AOT_CDS("AOT + CDS", true, true, true);

	private final String label;

	private final boolean aot;

	private final boolean extracted;

	private final boolean cds;

	StartVariant(String label, boolean aot, boolean extracted, boolean cds) {
		this.label = label;
		this.aot = aot;
		this.extracted = extracted;
		this.cds = cds;
	}

	String label() {
		return this.label;
	}

	/**
	 * The command that starts the app.
	 * @param appDirectory holds {@code app.jar}, {@code extracted/app.jar} and the archives
	 * @param appArgs the application's arguments
	 * @return the command
	 */
	List<String> command(Path appDirectory, List<String> appArgs) {
		return command(appDirectory, appArgs, "-XX:SharedArchiveFile=" + archive(appDirectory), List.of());
	}

	/**
	 * The run that writes this variant's class data archive, if it has one.
	 * @param appDirectory holds {@code app.jar}, {@code extracted/app.jar} and the archives
	 * @param appArgs the application's arguments
	 * @return the command, or empty without an archive
	 */
	Optional<List<String>> trainingCommand(Path appDirectory, List<String> appArgs) {
		if (!this.cds) {
			return Optional.empty();
		}
		return Optional.of(command(appDirectory, appArgs, "-XX:ArchiveClassesAtExit=" + archive(appDirectory),
				List.of("-Dspring.context.exit=onRefresh")));
	}

	private List<String> command(Path appDirectory, List<String> appArgs, String archiveOption,
			List<String> extraOptions) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		if (this.cds) {
			command.add(archiveOption);
		}
		if (this.aot) {
			command.add("-Dspring.aot.enabled=true");
		}
		command.addAll(extraOptions);
		command.add("-jar");
		command.add(appDirectory.resolve(this.extracted ? "extracted/app.jar" : "app.jar").toString());
		command.addAll(appArgs);
		return command;
	}

	private Path archive(Path appDirectory) {
		return appDirectory.resolve(this.aot ? "aot-cds.jsa" : "cds.jsa");
	}

}
