package io.github.singlestorehttp.benchmarks.support;

import java.util.Arrays;
import java.util.Set;

/**
 * Which groups of a runner to run: all of them, or those named in a comma-separated second argument.
 *
 * @param all every group the runner has
 * @param chosen the groups to run
 */
public record Groups(Set<String> all, Set<String> chosen) {

	/**
	 * Reads the groups from the command line.
	 * @param args the arguments; the second, when present, names the groups
	 * @param all every group the runner has
	 * @return the choice
	 * @throws IllegalArgumentException if a named group does not exist
	 */
	public static Groups fromArgs(String[] args, Set<String> all) {
		Set<String> chosen = (args.length > 1) ? Set.copyOf(Arrays.asList(args[1].split(","))) : all;
		if (!all.containsAll(chosen)) {
			throw new IllegalArgumentException("Groups are " + all + ", not " + chosen);
		}
		return new Groups(all, chosen);
	}

	/**
	 * Whether any of the given groups is to run.
	 * @param names group names
	 * @return {@code true} if at least one was chosen
	 */
	public boolean includesAny(String... names) {
		return Arrays.stream(names).anyMatch(this.chosen::contains);
	}

	/**
	 * The suffix that keeps the results of a partial run apart from those of a complete one.
	 * @return empty for all groups, otherwise {@code -} and the chosen groups in order
	 */
	public String fileSuffix() {
		return this.chosen.equals(this.all) ? "" : "-" + String.join("-", this.chosen.stream().sorted().toList());
	}

}
