package io.github.singlestorehttp.local.mariadb;

import java.util.List;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.sql.SqlError;

/**
 * MariaDB statements and functions that SingleStore does not have and that reach beyond the request's data, to the
 * MariaDB server or its host: {@code SHUTDOWN}, the replication commands ({@code BINLOG}, {@code CHANGE MASTER},
 * {@code PURGE}, {@code RESET}), {@code LOAD_FILE()} and {@code SELECT … INTO DUMPFILE}. The translation already
 * refuses SingleStore's own statements that the local server cannot emulate ({@code LOAD DATA},
 * {@code INSTALL PLUGIN}, {@code SELECT … INTO OUTFILE}, …) with error 1706.
 */
final class MariaDbOnlyStatements {

	private static final Set<String> COMMANDS = Set.of("SHUTDOWN", "BINLOG", "CHANGE", "PURGE", "RESET");

	private MariaDbOnlyStatements() {
	}

	/**
	 * Refuses a statement that uses any of these features.
	 * @param tokens the statement's tokens
	 * @throws SqlError 1064 naming the feature
	 */
	static void refuse(List<Token> tokens) throws SqlError {
		if (!tokens.isEmpty() && tokens.get(0).kind() == Token.Kind.WORD && COMMANDS.contains(tokens.get(0).upper())) {
			throw refused(tokens.get(0).upper());
		}
		for (int index = 0; index + 1 < tokens.size(); index++) {
			Token token = tokens.get(index);
			if (token.isWord("LOAD_FILE") && tokens.get(index + 1).is("(")) {
				throw refused("LOAD_FILE()");
			}
			if (token.isWord("INTO") && tokens.get(index + 1).isWord("DUMPFILE")) {
				throw refused("INTO DUMPFILE");
			}
		}
	}

	private static SqlError refused(String feature) {
		return new SqlError(1064, "42000", "You have an error in your SQL syntax; the local server does not run "
				+ "MariaDB's " + feature + ", which SingleStore does not have");
	}

}
