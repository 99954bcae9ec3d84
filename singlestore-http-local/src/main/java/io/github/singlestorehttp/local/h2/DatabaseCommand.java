package io.github.singlestorehttp.local.h2;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code CREATE DATABASE} or {@code DROP DATABASE} statement (or its {@code SCHEMA} synonym), which the local
 * server maps to a schema. The name keeps its case, as database names are case-sensitive. Options after the name of
 * a {@code CREATE} (character sets, {@code PARTITIONS n}) are accepted and ignored.
 *
 * @param create {@code true} for {@code CREATE}, {@code false} for {@code DROP}
 * @param name the database name
 * @param conditional whether {@code IF NOT EXISTS} (create) or {@code IF EXISTS} (drop) was given
 */
record DatabaseCommand(boolean create, String name, boolean conditional) {

	private static final String NAME = "(`(?:[^`]|``)+`|[\\w$]+)";

	private static final Pattern CREATE = Pattern
		.compile("(?is)CREATE\\s+(?:DATABASE|SCHEMA)\\s+(IF\\s+NOT\\s+EXISTS\\s+)?(?!IF\\s)" + NAME + "(?:\\s.*)?");

	private static final Pattern DROP = Pattern
		.compile("(?is)DROP\\s+(?:DATABASE|SCHEMA)\\s+(IF\\s+EXISTS\\s+)?" + NAME + "\\s*");

	/**
	 * Recognizes a database statement.
	 * @param statement a single statement
	 * @return the command, or empty for any other statement
	 */
	static Optional<DatabaseCommand> parse(String statement) {
		Matcher create = CREATE.matcher(statement);
		if (create.matches()) {
			return Optional.of(new DatabaseCommand(true, unquote(create.group(2)), create.group(1) != null));
		}
		Matcher drop = DROP.matcher(statement);
		if (drop.matches()) {
			return Optional.of(new DatabaseCommand(false, unquote(drop.group(2)), drop.group(1) != null));
		}
		return Optional.empty();
	}

	/**
	 * The schema statement that carries out this command.
	 * @return SQL for {@code CREATE SCHEMA} or {@code DROP SCHEMA … CASCADE}
	 */
	String toSchemaSql() {
		String quotedName = Identifiers.quote(this.name);
		if (this.create) {
			return "CREATE SCHEMA " + (this.conditional ? "IF NOT EXISTS " : "") + quotedName;
		}
		return "DROP SCHEMA " + (this.conditional ? "IF EXISTS " : "") + quotedName + " CASCADE";
	}

	private static String unquote(String name) {
		if (name.startsWith("`")) {
			return name.substring(1, name.length() - 1).replace("``", "`");
		}
		return name;
	}

}
