package io.github.singlestorehttp.local.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites SingleStore's {@code CREATE TABLE} and {@code ALTER TABLE} into plain MySQL table definitions with the
 * target database's column types. What only lays data out on a cluster changes nothing on one node and is dropped:
 * the table kinds {@code ROWSTORE}, {@code COLUMNSTORE} and {@code REFERENCE}, {@code SHARD KEY}, {@code SORT KEY},
 * {@code KEY … USING CLUSTERED COLUMNSTORE}, {@code USING HASH}, {@code FULLTEXT} and {@code VECTOR INDEX}
 * definitions (full-text and vector search run without an index locally), {@code SERIES TIMESTAMP},
 * {@code SPARSE}, column {@code OPTION}s and table options. Primary and unique keys keep their meaning. A computed
 * column, {@code name AS expr PERSISTED type}, becomes a generated column; {@code CHANGE old new} without a type
 * renames the column, as SingleStore's {@code ALTER TABLE} says.
 * <p>
 * See SingleStore's "CREATE TABLE" and "ALTER TABLE" reference pages.
 */
final class TableDefinitionRewriter {

	private static final Set<String> CONSTRAINT_STARTS = Set.of("PRIMARY", "UNIQUE", "KEY", "INDEX", "CONSTRAINT",
			"FOREIGN", "CHECK");

	private static final Set<String> LAYOUT_ONLY_STARTS = Set.of("SHARD", "SORT", "FULLTEXT", "SPATIAL",
			"COLUMNSTORE");

	private final TargetDialect target;

	TableDefinitionRewriter(TargetDialect target) {
		this.target = target;
	}

	/**
	 * Rewrites a statement if it defines or alters a table.
	 * @param tokens the statement
	 * @param prerequisites receives statements the target needs run first
	 * @return the statement, rewritten or unchanged
	 */
	List<Token> rewrite(List<Token> tokens, List<String> prerequisites) throws DialectException {
		if (tokens.isEmpty()) {
			return tokens;
		}
		if (tokens.get(0).isWord("CREATE")) {
			return rewriteCreate(tokens, prerequisites);
		}
		if (tokens.get(0).isWord("ALTER") && tokens.size() > 2 && tokens.get(1).isWord("TABLE")) {
			return rewriteAlter(tokens, prerequisites);
		}
		return tokens;
	}

	private List<Token> rewriteCreate(List<Token> tokens, List<String> prerequisites) throws DialectException {
		List<Token> out = new ArrayList<>();
		out.add(tokens.get(0));
		int index = 1;
		while (index < tokens.size() && (tokens.get(index).isWord("ROWSTORE", "COLUMNSTORE", "REFERENCE")
				|| (tokens.get(index).isWord("GLOBAL") && index + 1 < tokens.size()
						&& tokens.get(index + 1).isWord("TEMPORARY")))) {
			index++;
		}
		if (index >= tokens.size()) {
			return tokens;
		}
		if (tokens.get(index).isWord("INDEX", "UNIQUE")) {
			return withoutIndexAlgorithm(tokens);
		}
		if (!tokens.get(index).isWord("TABLE", "TEMPORARY")) {
			return tokens;
		}
		int open = -1;
		for (int position = index; position < tokens.size(); position++) {
			Token token = tokens.get(position);
			if (token.is("(")) {
				open = position;
				break;
			}
			if (token.isWord("AS", "SELECT", "LIKE")) {
				break;
			}
		}
		if (open < 0 || isQuery(tokens, open + 1)) {
			out.addAll(tokens.subList(index, tokens.size()));
			return out;
		}
		int close = TokenList.closing(tokens, open);
		out.addAll(tokens.subList(index, open + 1));
		appendRewritten(TokenList.arguments(tokens, open, close),
				(definition) -> rewriteDefinition(definition, prerequisites), out);
		out.add(tokens.get(close));
		appendTableOptions(tokens, close + 1, out);
		return out;
	}

	private static boolean isQuery(List<Token> tokens, int index) {
		return index < tokens.size() && tokens.get(index).isWord("SELECT", "WITH");
	}

	/**
	 * Rewrites each part and appends the ones that are left, separated by commas.
	 * @return whether any part was appended
	 */
	private static boolean appendRewritten(List<List<Token>> parts, PartRewrite rewrite, List<Token> out)
			throws DialectException {
		boolean first = true;
		for (List<Token> part : parts) {
			List<Token> rewritten = rewrite.apply(part);
			if (rewritten.isEmpty()) {
				continue;
			}
			if (!first) {
				out.add(Token.symbol(",", false));
			}
			out.addAll(rewritten);
			first = false;
		}
		return !first;
	}

	@FunctionalInterface
	private interface PartRewrite {

		List<Token> apply(List<Token> part) throws DialectException;

	}

	private List<Token> rewriteDefinition(List<Token> definition, List<String> prerequisites)
			throws DialectException {
		if (definition.isEmpty()) {
			throw DialectException.syntax(",");
		}
		Token first = definition.get(0);
		if (isLayoutOnly(definition)) {
			return List.of();
		}
		if (first.kind() == Token.Kind.WORD && CONSTRAINT_STARTS.contains(first.upper())) {
			return withoutIndexAlgorithm(definition);
		}
		return column(definition, prerequisites);
	}

	private static boolean isLayoutOnly(List<Token> definition) {
		Token first = definition.get(0);
		if (first.kind() != Token.Kind.WORD) {
			return false;
		}
		if (LAYOUT_ONLY_STARTS.contains(first.upper()) && definition.size() > 1
				&& (definition.get(1).is("(") || definition.get(1).isWord("KEY", "INDEX", "USING")
						|| first.isWord("FULLTEXT", "SPATIAL"))) {
			return true;
		}
		if (first.isWord("VECTOR") && definition.size() > 1 && definition.get(1).isWord("INDEX", "KEY")) {
			return true;
		}
		if (first.isWord("KEY", "INDEX")) {
			for (int index = 1; index + 2 < definition.size(); index++) {
				if (definition.get(index).isWord("USING") && definition.get(index + 1).isWord("CLUSTERED")
						&& definition.get(index + 2).isWord("COLUMNSTORE")) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Removes {@code USING HASH} and {@code USING BTREE}, and SingleStore-only key options, from a key definition.
	 */
	private static List<Token> withoutIndexAlgorithm(List<Token> definition) {
		List<Token> out = new ArrayList<>();
		for (int index = 0; index < definition.size(); index++) {
			Token token = definition.get(index);
			if (token.isWord("USING") && index + 1 < definition.size()
					&& definition.get(index + 1).isWord("HASH", "BTREE")) {
				index++;
				continue;
			}
			if (token.isWord("UNENFORCED", "RELY", "NORELY")) {
				continue;
			}
			out.add(token);
		}
		return out;
	}

	private List<Token> column(List<Token> definition, List<String> prerequisites) throws DialectException {
		if (definition.size() < 2) {
			throw DialectException.syntax(TokenList.text(definition));
		}
		List<Token> out = new ArrayList<>();
		out.add(definition.get(0));
		if (definition.get(1).isWord("AS")) {
			return computedColumn(definition, prerequisites);
		}
		SqlType.Parsed type = SqlType.parse(definition, 1);
		out.addAll(spaced(this.target.columnType(type.type(), prerequisites)));
		out.addAll(columnOptions(definition, type.end()));
		return out;
	}

	private List<Token> computedColumn(List<Token> definition, List<String> prerequisites) throws DialectException {
		int persisted = TokenList.findTopLevelWord(definition, 2, "PERSISTED");
		if (persisted < 0) {
			throw DialectException.syntax(TokenList.text(definition));
		}
		SqlType.Parsed type = SqlType.parse(definition, persisted + 1);
		List<Token> out = new ArrayList<>();
		out.add(definition.get(0));
		out.addAll(spaced(this.target.columnType(type.type(), prerequisites)));
		out.add(Token.word("AS"));
		out.add(Token.symbol("(", true));
		out.addAll(definition.subList(2, persisted));
		out.add(Token.symbol(")", false));
		out.addAll(columnOptions(definition, type.end()));
		return out;
	}

	private static List<Token> columnOptions(List<Token> definition, int start) {
		List<Token> out = new ArrayList<>();
		int index = start;
		while (index < definition.size()) {
			Token token = definition.get(index);
			if (token.isWord("SERIES") && index + 1 < definition.size() && definition.get(index + 1).isWord("TIMESTAMP")) {
				index += 2;
			}
			else if (token.isWord("SPARSE")) {
				index++;
			}
			else if (token.isWord("OPTION") || token.isWord("COLLATE") || token.isWord("CHARSET")) {
				index += 2;
			}
			else if (token.isWord("CHARACTER") && index + 1 < definition.size() && definition.get(index + 1).isWord("SET")) {
				index += 3;
			}
			else {
				out.add(token);
				index++;
			}
		}
		return out;
	}

	/**
	 * Drops the options after a table's definitions and keeps anything from {@code AS} or {@code SELECT} on.
	 * {@code AUTO_INCREMENT = n} goes too: SingleStore promises unique values, not where they start.
	 */
	private static void appendTableOptions(List<Token> tokens, int start, List<Token> out) {
		for (int index = start; index < tokens.size(); index++) {
			Token token = tokens.get(index);
			if (token.isWord("AS", "SELECT", "WITH") || token.is("(")) {
				out.addAll(tokens.subList(index, tokens.size()));
				return;
			}
		}
	}

	private List<Token> rewriteAlter(List<Token> tokens, List<String> prerequisites) throws DialectException {
		List<Token> out = new ArrayList<>(tokens.subList(0, 3));
		int index = 3;
		while (index < tokens.size() && tokens.get(index).is(".")) {
			out.addAll(tokens.subList(index, Math.min(tokens.size(), index + 2)));
			index += 2;
		}
		boolean anyAction = appendRewritten(TokenList.split(tokens.subList(index, tokens.size())),
				(action) -> alterAction(action, prerequisites), out);
		return anyAction ? out : List.of(Token.word("SELECT"), new Token(Token.Kind.NUMBER, "1", true, -1));
	}

	private List<Token> alterAction(List<Token> action, List<String> prerequisites) throws DialectException {
		if (action.isEmpty()) {
			return action;
		}
		Token verb = action.get(0);
		if (verb.isWord("ADD")) {
			List<Token> rest = action.subList(1, action.size());
			int skip = (!rest.isEmpty() && rest.get(0).isWord("COLUMN")) ? 1 : 0;
			List<Token> definition = rest.subList(skip, rest.size());
			if (definition.isEmpty()) {
				return action;
			}
			if (definition.get(0).is("(")) {
				return action;
			}
			if (isLayoutOnly(definition)) {
				return List.of();
			}
			List<Token> out = new ArrayList<>(action.subList(0, 1 + skip));
			out.addAll(rewriteDefinition(definition, prerequisites));
			return out;
		}
		if (verb.isWord("MODIFY")) {
			int skip = (action.size() > 1 && action.get(1).isWord("COLUMN")) ? 2 : 1;
			List<Token> out = new ArrayList<>(action.subList(0, skip));
			out.addAll(column(action.subList(skip, action.size()), prerequisites));
			return out;
		}
		if (verb.isWord("CHANGE")) {
			int skip = (action.size() > 1 && action.get(1).isWord("COLUMN")) ? 2 : 1;
			if (action.size() == skip + 2) {
				return List.of(Token.word("RENAME").withSpaceBefore(verb.spaceBefore()), Token.word("COLUMN"),
						action.get(skip), Token.word("TO"), action.get(skip + 1));
			}
			List<Token> out = new ArrayList<>(action.subList(0, skip + 1));
			out.addAll(column(action.subList(skip + 1, action.size()), prerequisites));
			return out;
		}
		if (verb.isWord("AUTOSTATS_ENABLED", "AUTOSTATS_CARDINALITY_MODE", "AUTOSTATS_HISTOGRAM_MODE",
				"AUTOSTATS_SAMPLING", "COMMENT")) {
			return List.of();
		}
		return action;
	}

	private static List<Token> spaced(List<Token> type) {
		if (type.isEmpty()) {
			return type;
		}
		List<Token> copy = new ArrayList<>(type);
		copy.set(0, copy.get(0).withSpaceBefore(true));
		return copy;
	}

}
