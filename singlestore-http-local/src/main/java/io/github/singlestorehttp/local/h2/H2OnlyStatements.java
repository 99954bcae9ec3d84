package io.github.singlestorehttp.local.h2;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.singlestorehttp.local.sql.SqlError;

/**
 * Refuses the H2 statements and functions that SingleStore does not have and that reach beyond the request's data:
 * they stop or lock the database ({@code SHUTDOWN}, {@code SET EXCLUSIVE}, {@code SET DB_CLOSE_DELAY},
 * {@code DROP ALL OBJECTS}), run Java code in the JVM that hosts the server ({@code CREATE ALIAS},
 * {@code CREATE TRIGGER}, {@code CREATE AGGREGATE}, {@code SET DATABASE_EVENT_LISTENER},
 * {@code SET JAVA_OBJECT_SERIALIZER}), or touch its files and network ({@code SCRIPT}, {@code RUNSCRIPT},
 * {@code BACKUP}, {@code CREATE LINKED TABLE}, {@code FILE_READ}, {@code FILE_WRITE}, {@code CSVREAD},
 * {@code CSVWRITE}, {@code LINK_SCHEMA}). {@code EXECUTE IMMEDIATE} would run any of them from a computed string,
 * {@code DROP ALIAS} would remove the server's own functions, and {@code U&"…"} identifiers would hide a function
 * name behind escapes, so they are refused too.
 * <p>
 * They are refused as syntax errors (1064), as SingleStore would refuse them: no privilege makes them valid there.
 */
final class H2OnlyStatements {

	private static final Set<String> COMMANDS = Set.of("SHUTDOWN", "SCRIPT", "RUNSCRIPT", "BACKUP");

	private static final Set<String> SETTINGS = Set.of("EXCLUSIVE", "DB_CLOSE_DELAY", "DATABASE_EVENT_LISTENER",
			"JAVA_OBJECT_SERIALIZER");

	private static final Set<String> CREATE_MODIFIERS = Set.of("OR", "REPLACE", "FORCE", "MEMORY", "CACHED", "LOCAL",
			"GLOBAL", "TEMPORARY", "TEMP");

	private static final Set<String> CREATED_CODE = Set.of("ALIAS", "TRIGGER", "AGGREGATE");

	private static final Set<String> DROPPED_CODE = Set.of("ALIAS", "AGGREGATE");

	private static final Set<String> HOST_FUNCTIONS = Set.of("FILE_READ", "FILE_WRITE", "CSVREAD", "CSVWRITE",
			"LINK_SCHEMA");

	private H2OnlyStatements() {
	}

	/**
	 * Refuses a statement that uses any of these features.
	 * @param tokens the statement's tokens, as {@link io.github.singlestorehttp.local.sql.SingleStatement#tokens()}
	 * gives them
	 * @throws SqlError 1064 naming the feature
	 */
	static void refuse(List<String> tokens) throws SqlError {
		Optional<String> command = command(tokens);
		if (command.isPresent()) {
			throw refused(command.get());
		}
		for (int index = 0; index < tokens.size(); index++) {
			String name = unquoted(tokens.get(index));
			if (HOST_FUNCTIONS.contains(name) && token(tokens, index + 1).equals("(")) {
				throw refused(name + "()");
			}
			if (name.equals("U") && token(tokens, index + 1).equals("&") && token(tokens, index + 2).startsWith("\"")) {
				throw refused("U&\"…\" identifiers");
			}
		}
	}

	private static Optional<String> command(List<String> tokens) {
		String first = token(tokens, 0);
		String second = token(tokens, 1);
		if (COMMANDS.contains(first)) {
			return Optional.of(first);
		}
		if (first.equals("EXECUTE") && second.equals("IMMEDIATE")) {
			return Optional.of("EXECUTE IMMEDIATE");
		}
		if (first.equals("SET") && SETTINGS.contains(second)) {
			return Optional.of("SET " + second);
		}
		if (first.equals("DROP") && (DROPPED_CODE.contains(second)
				|| (second.equals("ALL") && token(tokens, 2).equals("OBJECTS")))) {
			return Optional.of(second.equals("ALL") ? "DROP ALL OBJECTS" : "DROP " + second);
		}
		if (first.equals("CREATE")) {
			int index = 1;
			while (CREATE_MODIFIERS.contains(token(tokens, index))) {
				index++;
			}
			String created = token(tokens, index);
			if (CREATED_CODE.contains(created)) {
				return Optional.of("CREATE " + created);
			}
			if (created.equals("LINKED")) {
				return Optional.of("CREATE LINKED TABLE");
			}
		}
		return Optional.empty();
	}

	private static String token(List<String> tokens, int index) {
		return (index < tokens.size()) ? tokens.get(index) : "";
	}

	private static String unquoted(String token) {
		return (token.length() > 1 && token.startsWith("\"")) ? token.substring(1, token.length() - 1) : token;
	}

	private static SqlError refused(String feature) {
		return new SqlError(1064, "42000", "You have an error in your SQL syntax; the local server does not run H2's "
				+ feature + ", which SingleStore does not have");
	}

}
