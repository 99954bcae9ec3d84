package io.github.singlestorehttp.benchmarks.support;

import java.util.Locale;

/**
 * How long and how large a benchmark run is: {@link #QUICK} is a smoke test that runs in seconds and whose figures
 * only show that everything works; {@link #FULL} is the run whose figures are reported.
 */
public enum RunMode {

	/** Small inputs, one short fork or repetition: seconds. */
	QUICK,

	/** The reported sizes, several forks or repetitions with warm-up: minutes. */
	FULL;

	/**
	 * Reads the mode from the first command-line argument.
	 * @param args the command line; {@code quick} (the default) or {@code full} first
	 * @return the mode
	 * @throws IllegalArgumentException for any other first argument
	 */
	public static RunMode fromArgs(String[] args) {
		if (args.length == 0) {
			return QUICK;
		}
		return switch (args[0].toLowerCase(Locale.ROOT)) {
			case "quick" -> QUICK;
			case "full" -> FULL;
			default -> throw new IllegalArgumentException("Expected 'quick' or 'full', not '" + args[0] + "'");
		};
	}

	/**
	 * Chooses a value by mode.
	 * @param <T> the value type
	 * @param quick the value in quick mode
	 * @param full the value in full mode
	 * @return the value for this mode
	 */
	public <T> T pick(T quick, T full) {
		return (this == QUICK) ? quick : full;
	}

	/**
	 * The mode's name as written on the command line.
	 * @return {@code quick} or {@code full}
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
