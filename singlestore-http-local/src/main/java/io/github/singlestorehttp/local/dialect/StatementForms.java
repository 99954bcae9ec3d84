package io.github.singlestorehttp.local.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the short forms MySQL and SingleStore accept in full: {@code INSERT t …} and {@code REPLACE t …} without
 * {@code INTO}, {@code INSERT … SET a = 1} as {@code INSERT … (a) VALUES (1)}, {@code TRUNCATE t} without {@code TABLE}, {@code DESCRIBE t}, {@code DESC t} and {@code EXPLAIN t} as
 * {@code SHOW COLUMNS FROM t}. {@code OPTIMIZE TABLE} and {@code ANALYZE TABLE}, which only reorganise storage and
 * statistics, do nothing locally.
 */
final class StatementForms {

	private StatementForms() {
	}

	static List<Token> full(List<Token> tokens) {
		if (tokens.size() < 2 || tokens.get(0).kind() != Token.Kind.WORD) {
			return tokens;
		}
		Token first = tokens.get(0);
		if (first.isWord("INSERT", "REPLACE")) {
			int target = 1;
			while (target < tokens.size() && tokens.get(target).isWord("IGNORE", "LOW_PRIORITY", "DELAYED",
					"HIGH_PRIORITY")) {
				target++;
			}
			List<Token> full = (target < tokens.size() && !tokens.get(target).isWord("INTO"))
					? inserted(tokens, target, Token.word("INTO")) : tokens;
			return assignmentsAsValues(full);
		}
		if (first.isWord("TRUNCATE") && !tokens.get(1).isWord("TABLE")) {
			return inserted(tokens, 1, Token.word("TABLE"));
		}
		if (first.isWord("OPTIMIZE", "ANALYZE") && tokens.get(1).isWord("TABLE")) {
			return List.of(Token.word("SELECT").withSpaceBefore(false),
					new Token(Token.Kind.NUMBER, "0", true, -1));
		}
		if (first.isWord("DESCRIBE", "DESC", "EXPLAIN") && isTableName(tokens.get(1))) {
			List<Token> show = new ArrayList<>();
			show.add(Token.word("SHOW").withSpaceBefore(false));
			show.add(Token.word("COLUMNS"));
			show.add(Token.word("FROM"));
			show.addAll(tokens.subList(1, tokens.size()));
			return show;
		}
		return tokens;
	}

	/**
	 * {@code INSERT INTO t SET a = 1, b = 2 …} is {@code INSERT INTO t (a, b) VALUES (1, 2) …}.
	 */
	private static List<Token> assignmentsAsValues(List<Token> tokens) {
		int set = TokenList.findTopLevelWord(tokens, 1, "SET");
		int values = TokenList.findTopLevelWord(tokens, 1, "VALUES", "VALUE", "SELECT");
		if (set < 0 || (values >= 0 && values < set)) {
			return tokens;
		}
		int end = TokenList.findTopLevelWord(tokens, set + 1, "ON");
		end = (end < 0) ? tokens.size() : end;
		List<Token> columns = new ArrayList<>();
		List<Token> expressions = new ArrayList<>();
		int start = set + 1;
		int depth = 0;
		for (int index = set + 1; index <= end; index++) {
			Token token = (index < end) ? tokens.get(index) : null;
			if (token != null && token.is("(")) {
				depth++;
			}
			else if (token != null && token.is(")")) {
				depth--;
			}
			else if (token == null || (depth == 0 && token.is(","))) {
				List<Token> assignment = tokens.subList(start, index);
				if (assignment.size() < 3 || !assignment.get(1).is("=")) {
					return tokens;
				}
				if (!columns.isEmpty()) {
					columns.add(Token.symbol(",", false));
					expressions.add(Token.symbol(",", false));
				}
				columns.add(assignment.get(0).withSpaceBefore(!columns.isEmpty()));
				expressions.addAll(assignment.subList(2, assignment.size()));
				start = index + 1;
			}
		}
		List<Token> out = new ArrayList<>(tokens.subList(0, set));
		out.add(Token.symbol("(", true));
		out.addAll(columns);
		out.add(Token.symbol(")", false));
		out.add(Token.word("VALUES"));
		out.add(Token.symbol("(", true));
		out.addAll(expressions);
		out.add(Token.symbol(")", false));
		out.addAll(tokens.subList(end, tokens.size()));
		return out;
	}

	private static boolean isTableName(Token token) {
		return token.kind() == Token.Kind.QUOTED_IDENTIFIER || (token.kind() == Token.Kind.WORD
				&& !token.isWord("SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "REPLACE", "EXTENDED", "JSON",
						"ANALYZE", "FORMAT", "UI", "PARTITIONS", "MPL", "REPRO"));
	}

	private static List<Token> inserted(List<Token> tokens, int index, Token word) {
		List<Token> out = new ArrayList<>(tokens.subList(0, index));
		out.add(word);
		out.addAll(tokens.subList(index, tokens.size()));
		return out;
	}

}
