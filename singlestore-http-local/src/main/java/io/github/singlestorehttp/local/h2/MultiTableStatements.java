package io.github.singlestorehttp.local.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.dialect.TokenList;

/**
 * MySQL's multi-table {@code UPDATE} and {@code DELETE} with one joined table, which H2 does not have, as
 * correlated subqueries: {@code UPDATE a JOIN b ON c SET a.x = b.y WHERE w} becomes
 * {@code UPDATE a SET x = (SELECT b.y FROM b WHERE c AND (w)) WHERE EXISTS (SELECT 1 FROM b WHERE c AND (w))}, and
 * {@code DELETE a FROM a JOIN b ON c WHERE w} becomes {@code DELETE FROM a WHERE EXISTS (SELECT 1 FROM b WHERE c AND
 * (w))}. Joins of more tables are left to H2, which refuses them.
 */
final class MultiTableStatements {

	private MultiTableStatements() {
	}

	static Optional<List<Token>> rewrite(List<Token> tokens) throws DialectException {
		if (tokens.size() > 4 && tokens.get(0).isWord("UPDATE")) {
			return update(tokens);
		}
		if (tokens.size() > 4 && tokens.get(0).isWord("DELETE") && !tokens.get(1).isWord("FROM")) {
			return delete(tokens);
		}
		return Optional.empty();
	}

	private static Optional<List<Token>> update(List<Token> tokens) throws DialectException {
		int set = TokenList.findTopLevelWord(tokens, 1, "SET");
		if (set < 0) {
			return Optional.empty();
		}
		Optional<Join> join = Join.read(tokens.subList(1, set));
		if (join.isEmpty()) {
			return Optional.empty();
		}
		int where = TokenList.findTopLevelWord(tokens, set + 1, "WHERE");
		List<Token> filter = (where < 0) ? List.of() : tokens.subList(where + 1, tokens.size());
		List<Token> out = new ArrayList<>(tokens.subList(0, 1));
		out.addAll(join.get().target());
		out.add(Token.word("SET"));
		List<List<Token>> assignments = TokenList.split(tokens.subList(set + 1, (where < 0) ? tokens.size() : where));
		for (int index = 0; index < assignments.size(); index++) {
			List<Token> assignment = assignments.get(index);
			int equals = indexOf(assignment, "=");
			if (equals < 1) {
				throw DialectException.syntax(TokenList.text(assignment));
			}
			if (index > 0) {
				out.add(Token.symbol(",", false));
			}
			out.add(assignment.get(equals - 1).withSpaceBefore(true));
			out.add(Token.symbol("=", true));
			out.add(Token.symbol("(", true));
			out.add(Token.word("SELECT").withSpaceBefore(false));
			out.addAll(assignment.subList(equals + 1, assignment.size()));
			out.addAll(join.get().correlated(filter));
			out.add(Token.symbol(")", false));
		}
		out.addAll(join.get().exists(filter));
		return Optional.of(out);
	}

	private static Optional<List<Token>> delete(List<Token> tokens) throws DialectException {
		int from = TokenList.findTopLevelWord(tokens, 1, "FROM");
		if (from != 2) {
			return Optional.empty();
		}
		int where = TokenList.findTopLevelWord(tokens, from + 1, "WHERE");
		Optional<Join> join = Join.read(tokens.subList(from + 1, (where < 0) ? tokens.size() : where));
		if (join.isEmpty()) {
			return Optional.empty();
		}
		List<Token> filter = (where < 0) ? List.of() : tokens.subList(where + 1, tokens.size());
		List<Token> out = new ArrayList<>(tokens.subList(0, 1));
		out.add(Token.word("FROM"));
		out.addAll(join.get().target());
		out.addAll(join.get().exists(filter));
		return Optional.of(out);
	}

	private static int indexOf(List<Token> tokens, String symbol) {
		for (int index = 0; index < tokens.size(); index++) {
			if (tokens.get(index).is(symbol)) {
				return index;
			}
		}
		return -1;
	}

	/**
	 * {@code target [alias] [INNER] JOIN other [alias] ON condition}, or {@code target, other} with the condition
	 * in the {@code WHERE} clause.
	 */
	private record Join(List<Token> target, List<Token> other, List<Token> condition) {

		static Optional<Join> read(List<Token> tokens) {
			int join = TokenList.findTopLevelWord(tokens, 0, "JOIN");
			int comma = indexOf(tokens, ",");
			if (join > 0) {
				int on = TokenList.findTopLevelWord(tokens, join + 1, "ON");
				if (on < 0 || TokenList.findTopLevelWord(tokens, on + 1, "JOIN") >= 0) {
					return Optional.empty();
				}
				int targetEnd = tokens.get(join - 1).isWord("INNER", "CROSS") ? join - 1 : join;
				return Optional.of(new Join(tokens.subList(0, targetEnd), tokens.subList(join + 1, on),
						tokens.subList(on + 1, tokens.size())));
			}
			if (comma > 0 && indexOf(tokens.subList(comma + 1, tokens.size()), ",") < 0) {
				return Optional.of(new Join(tokens.subList(0, comma), tokens.subList(comma + 1, tokens.size()),
						List.of()));
			}
			return Optional.empty();
		}

		List<Token> correlated(List<Token> filter) {
			List<Token> out = new ArrayList<>();
			out.add(Token.word("FROM"));
			out.addAll(this.other);
			List<Token> conditions = new ArrayList<>();
			if (!this.condition.isEmpty()) {
				conditions.add(Token.symbol("(", true));
				conditions.addAll(this.condition);
				conditions.add(Token.symbol(")", false));
			}
			if (!filter.isEmpty()) {
				if (!conditions.isEmpty()) {
					conditions.add(Token.word("AND"));
				}
				conditions.add(Token.symbol("(", true));
				conditions.addAll(filter);
				conditions.add(Token.symbol(")", false));
			}
			if (!conditions.isEmpty()) {
				out.add(Token.word("WHERE"));
				out.addAll(conditions);
			}
			return out;
		}

		List<Token> exists(List<Token> filter) {
			List<Token> out = new ArrayList<>();
			out.add(Token.word("WHERE"));
			out.add(Token.word("EXISTS"));
			out.add(Token.symbol("(", true));
			out.add(Token.word("SELECT").withSpaceBefore(false));
			out.add(new Token(Token.Kind.NUMBER, "1", true, -1));
			out.addAll(correlated(filter));
			out.add(Token.symbol(")", false));
			return out;
		}

	}

}
