package io.github.singlestorehttp.local.dialect;

import java.util.List;
import java.util.Set;

/**
 * The statements SingleStore runs that a local emulation cannot: pipelines, stored procedures and functions,
 * resource pools, links, backups, global settings and data loading from files or object stores. They are answered
 * with error 1706 naming the feature, so that a test shows at once that it needs a real SingleStore.
 */
public final class UnsupportedStatements {

	private static final Set<String> CREATED_OBJECTS = Set.of("PIPELINE", "PROCEDURE", "FUNCTION", "AGGREGATE",
			"LINK", "RESOURCE", "ROLE", "GROUP", "EXTERNAL", "PROJECTION", "WORKSPACE", "MILESTONE", "TRIGGER",
			"EVENT", "SERVER", "TABLESPACE", "INFERRED");

	private static final Set<String> COMMANDS = Set.of("CALL", "ECHO", "BACKUP", "RESTORE", "ATTACH", "DETACH",
			"SNAPSHOT", "FLUSH", "KILL", "LOAD", "PROFILE", "REBALANCE", "GRANT", "REVOKE",
			"INSTALL", "UNINSTALL", "REPLICATE");

	private static final Set<String> CREATE_MODIFIERS = Set.of("OR", "REPLACE", "TEMPORARY", "DEFINER", "ALGORITHM",
			"SQL", "SECURITY", "AGGREGATE", "EXTERNAL");

	private UnsupportedStatements() {
	}

	/**
	 * Refuses a statement the local server cannot emulate.
	 * @param tokens the statement's tokens
	 * @throws DialectException 1706 naming the feature
	 */
	public static void check(List<Token> tokens) throws DialectException {
		if (tokens.isEmpty()) {
			return;
		}
		String first = tokens.get(0).upper();
		if (tokens.get(0).kind() != Token.Kind.WORD) {
			return;
		}
		if (COMMANDS.contains(first)) {
			throw DialectException.notSupported(first + ((tokens.size() > 1 && tokens.get(1).kind() == Token.Kind.WORD
					&& !first.equals("CALL") && !first.equals("ECHO")) ? " " + tokens.get(1).upper() : ""));
		}
		if ((first.equals("START") || first.equals("STOP") || first.equals("TEST")) && tokens.size() > 1
				&& tokens.get(1).isWord("PIPELINE", "PIPELINES", "ALL")) {
			throw DialectException.notSupported(first + " PIPELINE");
		}
		if (first.equals("CREATE") || first.equals("ALTER") || first.equals("DROP")) {
			checkObject(tokens, first);
		}
		if (first.equals("SET")) {
			checkSetting(tokens);
		}
		if (first.equals("SELECT") && TokenList.findTopLevelWord(tokens, 1, "INTO") > 0
				&& TokenList.findTopLevelWord(tokens, 1, "OUTFILE", "S3", "GCS", "AZURE", "FS", "KAFKA", "LINK") > 0) {
			throw DialectException.notSupported("SELECT ... INTO an external destination");
		}
	}

	private static void checkObject(List<Token> tokens, String verb) throws DialectException {
		int index = 1;
		while (index < tokens.size() && CREATE_MODIFIERS.contains(tokens.get(index).upper())
				&& !tokens.get(index).isWord("AGGREGATE", "EXTERNAL")) {
			index++;
		}
		if (index >= tokens.size()) {
			return;
		}
		String object = tokens.get(index).upper();
		if (CREATED_OBJECTS.contains(object)) {
			String feature = verb + " " + object;
			if (object.equals("RESOURCE") || object.equals("EXTERNAL")) {
				feature += (index + 1 < tokens.size()) ? " " + tokens.get(index + 1).upper() : "";
			}
			throw DialectException.notSupported(feature);
		}
	}

	private static void checkSetting(List<Token> tokens) throws DialectException {
		Token second = (tokens.size() > 1) ? tokens.get(1) : null;
		if (second == null) {
			return;
		}
		boolean global = second.isWord("GLOBAL", "PERSIST", "PERSIST_ONLY", "CLUSTER", "AGGREGATOR", "PASSWORD")
				|| (second.kind() == Token.Kind.VARIABLE && second.upper().startsWith("@@GLOBAL."));
		if (global) {
			throw DialectException.notSupported("SET " + second.upper().split("\\.")[0]);
		}
	}

}
