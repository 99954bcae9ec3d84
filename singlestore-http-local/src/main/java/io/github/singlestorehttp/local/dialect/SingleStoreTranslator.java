package io.github.singlestorehttp.local.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Translates a SingleStore statement into the SQL of the database behind the local server: refuses what cannot be
 * emulated (error 1706), rewrites SingleStore's operators and casts, strips cluster layout from table definitions,
 * maps column types, and lets the {@link TargetDialect} write the result. Translations are kept per statement text,
 * so a statement sent again costs a map lookup.
 */
public final class SingleStoreTranslator {

	private static final int CACHE_LIMIT = 4096;

	private final TargetDialect target;

	private final ExpressionRewriter expressions;

	private final TableDefinitionRewriter tables;

	private final Map<String, Translation> cache = new ConcurrentHashMap<>();

	/**
	 * Creates a translator.
	 * @param target the database's dialect
	 */
	public SingleStoreTranslator(TargetDialect target) {
		this.target = target;
		this.expressions = new ExpressionRewriter(target);
		this.tables = new TableDefinitionRewriter(target);
	}

	/**
	 * Translates a statement.
	 * @param statement the statement's text, one statement without the trailing {@code ;}
	 * @return the translation
	 * @throws DialectException when SingleStore would refuse the statement or the local server cannot emulate it
	 */
	public Translation translate(String statement) throws DialectException {
		Translation known = this.cache.get(statement);
		if (known != null) {
			return known;
		}
		Translation translation = translate(MySqlLexer.tokenize(statement));
		if (this.cache.size() >= CACHE_LIMIT) {
			this.cache.clear();
		}
		this.cache.put(statement, translation);
		return translation;
	}

	/**
	 * Translates a statement given as tokens, such as one the target's dialect adjusted; the result is not kept.
	 * @param tokens the statement's tokens
	 * @return the translation
	 * @throws DialectException when SingleStore would refuse the statement or the local server cannot emulate it
	 */
	public Translation translate(List<Token> tokens) throws DialectException {
		UnsupportedStatements.check(tokens);
		List<String> prerequisites = new ArrayList<>();
		List<Token> rewritten = this.tables.rewrite(this.expressions.rewrite(StatementForms.full(tokens)),
				prerequisites);
		return new Translation(this.target.render(rewritten), List.copyOf(prerequisites),
				!ColumnStringArguments.of(tokens).isEmpty());
	}

	/**
	 * A translated statement.
	 *
	 * @param sql the database's SQL
	 * @param prerequisites statements to run first, in the request's database (such as creating a column domain)
	 * @param columnStringArguments whether a string function takes a column name as an argument
	 * ({@link ColumnStringArguments}), so that the database may need to see the column's type first
	 */
	public record Translation(String sql, List<String> prerequisites, boolean columnStringArguments) {
	}

}
