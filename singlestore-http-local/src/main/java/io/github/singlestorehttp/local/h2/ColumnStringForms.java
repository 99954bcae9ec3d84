package io.github.singlestorehttp.local.h2;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.ColumnStringArguments;
import io.github.singlestorehttp.local.dialect.ColumnStringArguments.ColumnArgument;
import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.h2.InsertCoercion.ColumnLookup;
import io.github.singlestorehttp.local.h2.StatementTables.TableReference;
import io.github.singlestorehttp.local.h2.TableColumns.Column;
import io.github.singlestorehttp.local.h2.functions.H2FunctionCatalog;

/**
 * Gives string functions the string form SingleStore gives them of columns the server keeps in another form:
 * <ul>
 * <li>a {@code VECTOR} column, JSON array text locally ({@link VectorDomain}), becomes
 * {@code SS_VECTOR_PACK(column, 'type')}, its elements packed little-endian as the column's element type ("Vector
 * Type": "String functions, such as CONCAT, LENGTH, SUBSTRING, and HEX operate on the binary representation of a
 * vector"), so that {@code HEX(v)} of a {@code VECTOR(3)} holding {@code [1,2,3]} is
 * {@code 0000803F0000004000004040}; a {@code CONCAT} with such an argument concatenates bytes
 * ({@code SS_BINARY_CONCAT}), as MySQL's does when an argument is a binary string;</li>
 * <li>a {@code TIME} column, an interval locally ({@link MySqlTypeDomains}), becomes {@code SS_TIME(column)}, its
 * {@code HH:MM:SS} text, so that {@code LENGTH(t)} of {@code 12:34:56} is 8.</li>
 * </ul>
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/data-types/vector-type/">Vector Type</a>
 */
final class ColumnStringForms {

	private ColumnStringForms() {
	}

	/**
	 * Rewrites a statement whose string functions take vector or time columns.
	 * @param tokens the statement's tokens, in SingleStore's syntax
	 * @param schema the request's schema, for unqualified table names
	 * @param lookup finds the tables' columns
	 * @return the rewritten statement, or empty when no string function takes such a column
	 * @throws SQLException if the lookup fails
	 */
	static Optional<List<Token>> rewrite(List<Token> tokens, String schema, ColumnLookup lookup) throws SQLException {
		List<ColumnArgument> arguments = ColumnStringArguments.of(tokens);
		if (arguments.isEmpty()) {
			return Optional.empty();
		}
		List<TableReference> tables = StatementTables.of(tokens);
		Map<Integer, ColumnArgument> replaced = new HashMap<>();
		Map<Integer, List<Token>> replacements = new HashMap<>();
		Set<Integer> binaryConcats = new HashSet<>();
		for (ColumnArgument argument : arguments) {
			Column target = StatementTables.column(tables, argument.qualifier(), argument.column(), schema, lookup);
			List<Token> column = tokens.subList(argument.start(), argument.end());
			String elementType = (target != null) ? target.vectorElementType() : null;
			List<Token> replacement = null;
			if (elementType != null) {
				replacement = packed(column, elementType);
				if (tokens.get(argument.function()).isWord(ColumnStringArguments.CONCAT)) {
					binaryConcats.add(argument.function());
				}
			}
			else if (target != null && target.isTime()) {
				replacement = H2TargetDialect.call(H2Renderer.FUNCTION_PREFIX + "TIME", column);
			}
			if (replacement != null) {
				replaced.put(argument.start(), argument);
				replacements.put(argument.start(), replacement);
			}
		}
		return replaced.isEmpty() ? Optional.empty()
				: Optional.of(replace(tokens, replaced, replacements, binaryConcats));
	}

	private static List<Token> replace(List<Token> tokens, Map<Integer, ColumnArgument> replaced,
			Map<Integer, List<Token>> replacements, Set<Integer> binaryConcats) {
		List<Token> out = new ArrayList<>(tokens.size() + 6 * replaced.size());
		int index = 0;
		while (index < tokens.size()) {
			ColumnArgument argument = replaced.get(index);
			if (argument != null) {
				List<Token> replacement = replacements.get(index);
				out.add(replacement.get(0).withSpaceBefore(tokens.get(index).spaceBefore()));
				out.addAll(replacement.subList(1, replacement.size()));
				index = argument.end();
			}
			else {
				Token token = tokens.get(index);
				out.add(binaryConcats.contains(index)
						? new Token(Token.Kind.WORD, H2FunctionCatalog.BINARY_CONCAT, token.spaceBefore(), -1) : token);
				index++;
			}
		}
		return out;
	}

	private static List<Token> packed(List<Token> column, String elementType) {
		List<Token> call = new ArrayList<>();
		call.add(Token.word(H2FunctionCatalog.VECTOR_PACK));
		call.add(Token.symbol("(", false));
		call.addAll(column);
		call.add(Token.symbol(",", false));
		call.add(Token.string(elementType));
		call.add(Token.symbol(")", false));
		return call;
	}

}
