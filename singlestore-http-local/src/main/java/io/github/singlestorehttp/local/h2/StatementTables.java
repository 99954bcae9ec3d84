package io.github.singlestorehttp.local.h2;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.Token;
import io.github.singlestorehttp.local.h2.InsertCoercion.ColumnLookup;
import io.github.singlestorehttp.local.h2.TableColumns.Column;
import org.jspecify.annotations.Nullable;

/**
 * The tables a statement reads or changes, as named after {@code FROM}, {@code JOIN} and {@code UPDATE} (lists
 * separated by commas included), each with its schema when qualified and its alias when it has one. Derived tables
 * ({@code FROM (SELECT …)}) are not tables and are left out. Finds the column a name in the statement stands for.
 */
final class StatementTables {

	private static final Set<String> NOT_ALIASES = Set.of("WHERE", "JOIN", "INNER", "LEFT", "RIGHT", "CROSS",
			"NATURAL", "STRAIGHT_JOIN", "FULL", "OUTER", "ON", "USING", "GROUP", "ORDER", "LIMIT", "HAVING", "UNION",
			"EXCEPT", "INTERSECT", "MINUS", "WINDOW", "FOR", "LOCK", "SET", "INTO", "VALUES", "AS", "WITH", "USE",
			"FORCE", "IGNORE", "OFFSET");

	private StatementTables() {
	}

	/**
	 * Finds the tables of a statement.
	 * @param tokens the statement's tokens
	 * @return the tables, in statement order
	 */
	static List<TableReference> of(List<Token> tokens) {
		List<TableReference> tables = new ArrayList<>();
		for (int index = 0; index < tokens.size(); index++) {
			if (tokens.get(index).isWord("FROM", "JOIN", "UPDATE", "STRAIGHT_JOIN")) {
				int next = index + 1;
				while (next > index) {
					next = reference(tokens, next, tables);
				}
			}
		}
		return tables;
	}

	/**
	 * Reads one table reference.
	 * @return the index of the next reference of a comma-separated list, or -1 when the list ends
	 */
	private static int reference(List<Token> tokens, int index, List<TableReference> tables) {
		String first = name(tokens, index);
		if (first == null) {
			return -1;
		}
		String schema = null;
		String table = first;
		int next = index + 1;
		String qualified = (next + 1 < tokens.size() && tokens.get(next).is(".")) ? name(tokens, next + 1) : null;
		if (qualified != null) {
			schema = first;
			table = qualified;
			next += 2;
		}
		if (next < tokens.size() && tokens.get(next).isWord("AS")) {
			next++;
		}
		String alias = name(tokens, next);
		if (alias != null) {
			next++;
		}
		tables.add(new TableReference(schema, table, alias));
		return (next < tokens.size() && tokens.get(next).is(",")) ? next + 1 : -1;
	}

	/**
	 * Finds the column a possibly qualified name in a statement stands for.
	 * @param tables the statement's tables
	 * @param qualifier the table name or alias before the column's name, or {@code null}
	 * @param name the column's name
	 * @param schema the request's schema, for unqualified table names
	 * @param lookup finds the tables' columns
	 * @return the column of the first table that has it, or {@code null}
	 * @throws SQLException if the lookup fails
	 */
	static @Nullable Column column(List<TableReference> tables, @Nullable String qualifier, String name, String schema,
			ColumnLookup lookup) throws SQLException {
		for (TableReference table : tables) {
			if (qualifier != null && !table.isNamed(qualifier)) {
				continue;
			}
			String tableSchema = (table.schema() != null) ? table.schema() : schema;
			for (Column column : lookup.columns(tableSchema, table.table())) {
				if (column.name().equalsIgnoreCase(name)) {
					return column;
				}
			}
		}
		return null;
	}

	private static @Nullable String name(List<Token> tokens, int index) {
		if (index >= tokens.size()) {
			return null;
		}
		Token token = tokens.get(index);
		if (token.kind() == Token.Kind.QUOTED_IDENTIFIER
				|| (token.kind() == Token.Kind.WORD && !NOT_ALIASES.contains(token.upper()))) {
			return token.text();
		}
		return null;
	}

	/**
	 * A table named in a statement.
	 *
	 * @param schema its schema (database) when qualified, or {@code null}
	 * @param table its name
	 * @param alias its alias, or {@code null}
	 */
	record TableReference(@Nullable String schema, String table, @Nullable String alias) {

		/**
		 * Tells whether a qualifier ({@code q} of {@code q.column}) names this table.
		 * @param qualifier the qualifier
		 * @return {@code true} when it is the alias, or the table's name when it has none
		 */
		boolean isNamed(String qualifier) {
			return (this.alias != null) ? this.alias.equalsIgnoreCase(qualifier) : this.table.equalsIgnoreCase(qualifier);
		}

	}

}
