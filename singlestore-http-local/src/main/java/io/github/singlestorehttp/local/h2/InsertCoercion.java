package io.github.singlestorehttp.local.h2;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.dialect.TokenList;
import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.h2.TableColumns.Column;
import io.github.singlestorehttp.local.h2.functions.H2FunctionCatalog;
import org.jspecify.annotations.Nullable;

/**
 * What SingleStore does for an {@code INSERT … VALUES} that H2 would refuse, done by rewriting the statement with
 * its table's columns in view: a value for a {@code DATE} column is converted as a DATETIME first, so that a
 * DATETIME text stores its date as MySQL's type conversion does ({@code '2020-12-31 23:59:59'} stores
 * {@code 2020-12-31}); a value for a {@code TIME} column (an interval locally) is read as MySQL reads times
 * ({@code SS_TO_TIME}), so that {@code TIME} values, the time of day of a DATETIME, {@code '1 02:00:00'} and
 * {@code 101112} are stored, and text that is no time is refused with error 1292; and an {@code INSERT} without a
 * column list into a table with computed columns names the other columns, as SingleStore takes values for them only
 * ("CREATE TABLE", computed columns).
 */
final class InsertCoercion {

	private InsertCoercion() {
	}

	/**
	 * Looks up a table's columns.
	 */
	@FunctionalInterface
	interface ColumnLookup {

		List<Column> columns(String schema, String table) throws SQLException;

	}

	/**
	 * Rewrites an INSERT or REPLACE with VALUES when its table needs it.
	 * @param tokens the statement's tokens, in SingleStore's syntax
	 * @param schema the request's schema, for unqualified table names
	 * @param lookup finds the table's columns
	 * @return the rewritten statement, or empty when nothing needs to change
	 * @throws SQLException if the lookup fails
	 */
	static Optional<List<Token>> rewrite(List<Token> tokens, String schema, ColumnLookup lookup) throws SQLException {
		if (tokens.isEmpty() || !tokens.get(0).isWord("INSERT", "REPLACE")) {
			return Optional.empty();
		}
		int index = 1;
		while (index < tokens.size() && tokens.get(index).isWord("IGNORE", "INTO", "LOW_PRIORITY", "DELAYED",
				"HIGH_PRIORITY")) {
			index++;
		}
		String tableSchema = schema;
		String table = name(tokens, index);
		if (table == null) {
			return Optional.empty();
		}
		String qualified = (index + 2 < tokens.size() && tokens.get(index + 1).is(".")) ? name(tokens, index + 2) : null;
		if (qualified != null) {
			tableSchema = table;
			table = qualified;
			index += 2;
		}
		int afterTable = index + 1;
		List<Column> columns = lookup.columns(tableSchema, table);
		if (columns.isEmpty() || afterTable >= tokens.size()) {
			return Optional.empty();
		}
		return rewrite(tokens, afterTable, columns);
	}

	private static Optional<List<Token>> rewrite(List<Token> tokens, int afterTable, List<Column> columns) {
		@Nullable List<Column> targets;
		int valuesKeyword;
		boolean addColumnList = false;
		if (tokens.get(afterTable).is("(")) {
			int close;
			try {
				close = TokenList.closing(tokens, afterTable);
			}
			catch (DialectException unbalanced) {
				return Optional.empty();
			}
			targets = named(TokenList.arguments(tokens, afterTable, close), columns);
			valuesKeyword = close + 1;
		}
		else {
			targets = columns.stream().filter((column) -> !column.computed()).toList();
			addColumnList = targets.size() < columns.size();
			valuesKeyword = afterTable;
		}
		if (targets == null || valuesKeyword >= tokens.size() || !tokens.get(valuesKeyword).isWord("VALUES", "VALUE")) {
			return Optional.empty();
		}
		boolean anyConverted = targets.stream().anyMatch((column) -> isDate(column) || column.isTime());
		if (!anyConverted && !addColumnList) {
			return Optional.empty();
		}
		List<Token> out = new ArrayList<>(tokens.subList(0, afterTable));
		if (addColumnList) {
			out.add(Token.symbol("(", true));
			for (int position = 0; position < targets.size(); position++) {
				if (position > 0) {
					out.add(Token.symbol(",", false));
				}
				out.add(new Token(Token.Kind.QUOTED_IDENTIFIER, targets.get(position).name(), position > 0, -1));
			}
			out.add(Token.symbol(")", false));
		}
		out.addAll(tokens.subList(afterTable, valuesKeyword + 1));
		return appendRows(tokens, valuesKeyword + 1, targets, out) ? Optional.of(out) : Optional.empty();
	}

	private static boolean appendRows(List<Token> tokens, int start, List<Column> targets, List<Token> out) {
		int index = start;
		while (index < tokens.size() && tokens.get(index).is("(")) {
			int close;
			try {
				close = TokenList.closing(tokens, index);
			}
			catch (DialectException unbalanced) {
				return false;
			}
			List<List<Token>> values = TokenList.arguments(tokens, index, close);
			if (values.size() != targets.size()) {
				return false;
			}
			out.add(tokens.get(index));
			for (int position = 0; position < values.size(); position++) {
				if (position > 0) {
					out.add(Token.symbol(",", false));
				}
				out.addAll(converted(targets.get(position), values.get(position)));
			}
			out.add(tokens.get(close));
			index = close + 1;
			if (index < tokens.size() && tokens.get(index).is(",")) {
				out.add(tokens.get(index));
				index++;
			}
		}
		out.addAll(tokens.subList(index, tokens.size()));
		return true;
	}

	private static List<Token> converted(Column target, List<Token> value) {
		if (value.size() == 1 && value.get(0).isWord("DEFAULT")) {
			return value;
		}
		if (isDate(target)) {
			return asDate(value);
		}
		return target.isTime() ? H2TargetDialect.call(H2FunctionCatalog.TO_TIME, value) : value;
	}

	private static boolean isDate(Column column) {
		return column.dataType().equalsIgnoreCase("DATE");
	}

	/**
	 * {@code CAST(CAST(value AS DATETIME) AS DATE)}.
	 */
	private static List<Token> asDate(List<Token> value) {
		List<Token> cast = new ArrayList<>();
		cast.add(Token.word("CAST").withSpaceBefore(!value.isEmpty() && value.get(0).spaceBefore()));
		cast.add(Token.symbol("(", false));
		cast.add(Token.word("CAST").withSpaceBefore(false));
		cast.add(Token.symbol("(", false));
		cast.addAll(value);
		cast.add(Token.word("AS"));
		cast.add(Token.word("DATETIME"));
		cast.add(Token.symbol(")", false));
		cast.add(Token.word("AS"));
		cast.add(Token.word("DATE"));
		cast.add(Token.symbol(")", false));
		return cast;
	}

	private static @Nullable List<Column> named(List<List<Token>> names, List<Column> columns) {
		List<Column> targets = new ArrayList<>();
		for (List<Token> name : names) {
			if (name.size() != 1) {
				return null;
			}
			String wanted = name.get(0).text().toLowerCase(Locale.ROOT);
			Optional<Column> column = columns.stream()
				.filter((candidate) -> candidate.name().toLowerCase(Locale.ROOT).equals(wanted))
				.findFirst();
			if (column.isEmpty()) {
				return null;
			}
			targets.add(column.get());
		}
		return targets;
	}

	private static @Nullable String name(List<Token> tokens, int index) {
		if (index >= tokens.size()) {
			return null;
		}
		Token token = tokens.get(index);
		return (token.kind() == Token.Kind.WORD || token.kind() == Token.Kind.QUOTED_IDENTIFIER) ? token.text() : null;
	}

}
