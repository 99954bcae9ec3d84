package io.github.singlestorehttp.local.mariadb;

import java.util.ArrayList;
import java.util.List;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.MySqlLexer;
import io.github.singlestorehttp.local.dialect.SqlType;
import io.github.singlestorehttp.local.dialect.TargetDialect;
import io.github.singlestorehttp.local.dialect.Token;

/**
 * MariaDB as the target of the SingleStore translation: types through {@link MariaDbTypes}, casts through
 * MariaDB's {@code CAST}, statements through {@link MariaDbRenderer}.
 */
final class MariaDbTargetDialect implements TargetDialect {

	private final MariaDbRenderer renderer;

	MariaDbTargetDialect(String helperDatabase) {
		this.renderer = new MariaDbRenderer(helperDatabase);
	}

	@Override
	public List<Token> columnType(SqlType type, List<String> prerequisites) throws DialectException {
		return MySqlLexer.tokenize(MariaDbTypes.column(type));
	}

	@Override
	public List<Token> cast(List<Token> operand, SqlType type, boolean lenient) throws DialectException {
		String target = MariaDbTypes.cast(type);
		if (target == null) {
			return operand;
		}
		List<Token> cast = new ArrayList<>();
		cast.add(Token.word("CAST").withSpaceBefore(false));
		cast.add(Token.symbol("(", false));
		cast.addAll(operand);
		cast.add(Token.word("AS"));
		List<Token> targetTokens = MySqlLexer.tokenize(target);
		cast.add(targetTokens.get(0).withSpaceBefore(true));
		cast.addAll(targetTokens.subList(1, targetTokens.size()));
		cast.add(Token.symbol(")", false));
		return cast;
	}

	@Override
	public String render(List<Token> tokens) throws DialectException {
		return this.renderer.render(tokens);
	}

}
