package io.github.singlestorehttp.local.h2.functions;

import java.util.Comparator;

/**
 * String comparison under SingleStore's default collation, {@code utf8mb4_general_ci}: case-insensitive, trailing
 * spaces ignored.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/character-encoding/">SingleStore:
 * Character Encoding and Collation</a>
 */
final class Collation {

	private static final Comparator<String> DEFAULT = Comparator.comparing(String::stripTrailing,
			String.CASE_INSENSITIVE_ORDER);

	private Collation() {
	}

	static int compare(String left, String right) {
		return DEFAULT.compare(left, right);
	}

	static boolean equal(String left, String right) {
		return compare(left, right) == 0;
	}

}
