package io.github.singlestorehttp.local.h2;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.dialect.TokenList;
import io.github.singlestorehttp.local.h2.InsertCoercion.ColumnLookup;
import io.github.singlestorehttp.local.h2.StatementTables.TableReference;
import io.github.singlestorehttp.local.h2.TableColumns.Column;
import io.github.singlestorehttp.local.h2.functions.H2FunctionCatalog;
import org.jspecify.annotations.Nullable;

/**
 * What {@link InsertCoercion} does for {@code INSERT}, done for {@code UPDATE … SET}: a value assigned to a
 * {@code TIME} column (an interval locally) is read as MySQL reads times ({@code SS_TO_TIME}), so that
 * {@code SET t = CURRENT_TIME} or {@code SET t = TIME '08:00:00'} stores the time, and text that is no time is refused
 * with error 1292.
 */
final class UpdateCoercion {

	private UpdateCoercion() {
	}

	/**
	 * Rewrites an UPDATE that assigns to TIME columns.
	 * @param tokens the statement's tokens, in SingleStore's syntax
	 * @param schema the request's schema, for unqualified table names
	 * @param lookup finds the tables' columns
	 * @return the rewritten statement, or empty when no assignment needs it
	 * @throws SQLException if the lookup fails
	 */
	static Optional<List<Token>> rewrite(List<Token> tokens, String schema, ColumnLookup lookup) throws SQLException {
		int set = TokenList.findTopLevelWord(tokens, 1, "SET");
		if (tokens.isEmpty() || !tokens.get(0).isWord("UPDATE") || set < 0) {
			return Optional.empty();
		}
		int end = TokenList.findTopLevelWord(tokens, set + 1, "WHERE", "ORDER", "LIMIT");
		end = (end < 0) ? tokens.size() : end;
		List<TableReference> tables = StatementTables.of(tokens.subList(0, set));
		List<Token> out = new ArrayList<>(tokens.subList(0, set + 1));
		boolean changed = false;
		List<List<Token>> assignments = TokenList.split(tokens.subList(set + 1, end));
		for (int position = 0; position < assignments.size(); position++) {
			List<Token> assignment = assignments.get(position);
			if (position > 0) {
				out.add(Token.symbol(",", false));
			}
			int equals = TokenList.findTopLevel(assignment, 0, assignment.size(), (token) -> token.is("="));
			Column target = (equals > 0) ? target(assignment.subList(0, equals), tables, schema, lookup) : null;
			List<Token> value = (equals > 0) ? assignment.subList(equals + 1, assignment.size()) : List.of();
			if (target != null && target.isTime() && !value.isEmpty() && !isDefault(value)) {
				out.addAll(assignment.subList(0, equals + 1));
				out.addAll(H2TargetDialect.call(H2FunctionCatalog.TO_TIME, value));
				changed = true;
			}
			else {
				out.addAll(assignment);
			}
		}
		out.addAll(tokens.subList(end, tokens.size()));
		return changed ? Optional.of(out) : Optional.empty();
	}

	private static @Nullable Column target(List<Token> name, List<TableReference> tables, String schema,
			ColumnLookup lookup) throws SQLException {
		if (name.size() == 1) {
			return StatementTables.column(tables, null, name.get(0).text(), schema, lookup);
		}
		if (name.size() == 3 && name.get(1).is(".")) {
			return StatementTables.column(tables, name.get(0).text(), name.get(2).text(), schema, lookup);
		}
		return null;
	}

	private static boolean isDefault(List<Token> value) {
		return value.size() == 1 && value.get(0).isWord("DEFAULT");
	}

}
