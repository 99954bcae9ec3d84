package io.github.singlestorehttp.local.h2;

/**
 * Quotes H2 identifiers so names keep their exact case.
 */
final class Identifiers {

	private Identifiers() {
	}

	static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

}
