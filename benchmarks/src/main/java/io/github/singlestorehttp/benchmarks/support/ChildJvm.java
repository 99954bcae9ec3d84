package io.github.singlestorehttp.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class of this module in a separate JVM with the same Java and class path, so that what it does
 * (its heap, its threads) is measured apart from the JVM that drives it.
 */
public final class ChildJvm {

	private ChildJvm() {
	}

	/**
	 * Starts a child JVM; its standard error goes to this JVM's.
	 * @param jvmOptions options such as {@code -Xmx64m}
	 * @param mainClass the main class
	 * @param args its arguments
	 * @return the running process, whose standard input and output the caller owns
	 */
	public static Process start(List<String> jvmOptions, Class<?> mainClass, List<String> args) {
		return start(jvmOptions, mainClass, args, ProcessBuilder.Redirect.INHERIT);
	}

	/**
	 * Starts a child JVM.
	 * @param jvmOptions options such as {@code -Xmx64m}
	 * @param mainClass the main class
	 * @param args its arguments
	 * @param errors where its standard error goes
	 * @return the running process, whose standard input and output the caller owns
	 */
	public static Process start(List<String> jvmOptions, Class<?> mainClass, List<String> args,
			ProcessBuilder.Redirect errors) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		command.addAll(args);
		try {
			return new ProcessBuilder(command).redirectError(errors).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + command, ex);
		}
	}

}
