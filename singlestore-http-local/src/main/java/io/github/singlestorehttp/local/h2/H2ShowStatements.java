package io.github.singlestorehttp.local.h2;

import java.util.List;
import java.util.Optional;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.Token;

/**
 * MySQL's {@code SHOW} statements as queries of H2's information schema, with the columns SingleStore answers
 * with: {@code SHOW TABLES} ({@code Tables_in_<database>}), {@code SHOW COLUMNS}, which {@code DESCRIBE} also
 * becomes ({@code Field}, {@code Type}, {@code Null}, {@code Key}, {@code Default}, {@code Extra}),
 * {@code SHOW INDEXES} and {@code SHOW CREATE TABLE}, and {@code SHOW DATABASES}. Column types read as MySQL writes
 * them ({@code bigint(20)}, {@code varchar(10)}) through {@link CatalogFunctions}.
 * <p>
 * The database's name in the label of {@code SHOW TABLES} is left as {@value #DATABASE_MARKER}, for the request's
 * database to be put in.
 */
final class H2ShowStatements {

	/** Stands for the request's database in a translated statement. */
	static final String DATABASE_MARKER = "$database$";

	private static final String CURRENT = "CURRENT_SCHEMA";

	private H2ShowStatements() {
	}

	/**
	 * Translates a {@code SHOW} statement.
	 * @param tokens the statement
	 * @return the query, or empty for a statement that is not one of these
	 * @throws DialectException 1064 for a malformed statement
	 */
	static Optional<String> translate(List<Token> tokens) throws DialectException {
		if (tokens.size() < 2 || !tokens.get(0).isWord("SHOW")) {
			return Optional.empty();
		}
		int index = 1;
		boolean full = tokens.get(index).isWord("FULL");
		if (full) {
			index++;
		}
		Token what = tokens.get(Math.min(index, tokens.size() - 1));
		if (what.isWord("TABLES")) {
			return Optional.of(tables(tokens, index + 1, full));
		}
		if (what.isWord("COLUMNS", "FIELDS")) {
			return Optional.of(columns(tokens, index + 1));
		}
		if (what.isWord("INDEX", "INDEXES", "KEYS")) {
			return Optional.of(indexes(tokens, index + 1));
		}
		if (what.isWord("DATABASES", "SCHEMAS")) {
			return Optional.of("SELECT SCHEMA_NAME AS \"Database\" FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME "
					+ "NOT IN ('" + H2Dialect.HELPER_SCHEMA + "', 'public') ORDER BY 1");
		}
		if (what.isWord("CREATE") && index + 1 < tokens.size() && tokens.get(index + 1).isWord("TABLE")) {
			Source table = Source.read(tokens, index + 2);
			return Optional.of("SELECT " + table.nameLiteral() + " AS \"Table\", " + H2Renderer.FUNCTION_PREFIX
					+ "SHOW_CREATE_TABLE(" + table.schemaExpression() + ", " + table.nameLiteral()
					+ ") AS \"Create Table\"");
		}
		return Optional.empty();
	}

	private static String tables(List<Token> tokens, int index, boolean full) {
		String schema = CURRENT;
		int position = index;
		if (position + 1 < tokens.size() && tokens.get(position).isWord("FROM", "IN")) {
			schema = literal(tokens.get(position + 1).text());
			position += 2;
		}
		String label = "Tables_in_" + ((schema.equals(CURRENT)) ? DATABASE_MARKER : tokens.get(index + 1).text());
		return "SELECT TABLE_NAME AS \"" + label.replace("\"", "\"\"") + "\""
				+ (full ? ", CASE TABLE_TYPE WHEN 'VIEW' THEN 'VIEW' ELSE 'BASE TABLE' END AS \"Table_type\"" : "")
				+ " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = " + schema + like(tokens, position, "TABLE_NAME")
				+ " ORDER BY TABLE_NAME";
	}

	private static String columns(List<Token> tokens, int index) throws DialectException {
		Source table = Source.read(tokens, index + 1);
		String key = "COALESCE((SELECT CASE MIN(CASE i.INDEX_TYPE_NAME WHEN 'PRIMARY KEY' THEN 1 WHEN 'UNIQUE INDEX' "
				+ "THEN 2 ELSE 3 END) WHEN 1 THEN 'PRI' WHEN 2 THEN 'UNI' WHEN 3 THEN 'MUL' END "
				+ "FROM INFORMATION_SCHEMA.INDEX_COLUMNS ic JOIN INFORMATION_SCHEMA.INDEXES i "
				+ "ON i.INDEX_SCHEMA = ic.INDEX_SCHEMA AND i.INDEX_NAME = ic.INDEX_NAME "
				+ "WHERE ic.TABLE_SCHEMA = c.TABLE_SCHEMA AND ic.TABLE_NAME = c.TABLE_NAME "
				+ "AND ic.COLUMN_NAME = c.COLUMN_NAME AND ic.ORDINAL_POSITION = 1), '')";
		return "SELECT COLUMN_NAME AS \"Field\", " + H2Renderer.FUNCTION_PREFIX + "COLUMN_TYPE(DATA_TYPE, DOMAIN_NAME, "
				+ "CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION) AS \"Type\", "
				+ "IS_NULLABLE AS \"Null\", " + key + " AS \"Key\", " + H2Renderer.FUNCTION_PREFIX
				+ "COLUMN_DEFAULT(COLUMN_DEFAULT) AS \"Default\", CASE WHEN IS_IDENTITY = 'YES' THEN 'auto_increment' "
				+ "ELSE '' END AS \"Extra\" FROM INFORMATION_SCHEMA.COLUMNS c WHERE TABLE_SCHEMA = "
				+ table.schemaExpression() + " AND TABLE_NAME = " + table.nameLiteral()
				+ like(tokens, table.end(), "COLUMN_NAME") + " ORDER BY ORDINAL_POSITION";
	}

	private static String indexes(List<Token> tokens, int index) throws DialectException {
		Source table = Source.read(tokens, index + 1);
		return "SELECT ic.TABLE_NAME AS \"Table\", CASE WHEN i.INDEX_TYPE_NAME IN ('PRIMARY KEY', 'UNIQUE INDEX') "
				+ "THEN 0 ELSE 1 END AS \"Non_unique\", CASE WHEN i.INDEX_TYPE_NAME = 'PRIMARY KEY' THEN 'PRIMARY' "
				+ "ELSE REGEXP_REPLACE(ic.INDEX_NAME, '_INDEX_[0-9A-F]+$', '') END AS "
				+ "\"Key_name\", ic.ORDINAL_POSITION AS \"Seq_in_index\", ic.COLUMN_NAME AS \"Column_name\", "
				+ "'A' AS \"Collation\", CAST(NULL AS BIGINT) AS \"Cardinality\", CAST(NULL AS BIGINT) AS \"Sub_part\", "
				+ "CAST(NULL AS VARCHAR) AS \"Packed\", CASE c.IS_NULLABLE WHEN 'YES' THEN 'YES' ELSE '' END AS \"Null\", "
				+ "'BTREE' AS \"Index_type\", '' AS \"Comment\", '' AS \"Index_comment\" "
				+ "FROM INFORMATION_SCHEMA.INDEX_COLUMNS ic JOIN INFORMATION_SCHEMA.INDEXES i "
				+ "ON i.INDEX_SCHEMA = ic.INDEX_SCHEMA AND i.INDEX_NAME = ic.INDEX_NAME "
				+ "JOIN INFORMATION_SCHEMA.COLUMNS c ON c.TABLE_SCHEMA = ic.TABLE_SCHEMA AND c.TABLE_NAME = ic.TABLE_NAME "
				+ "AND c.COLUMN_NAME = ic.COLUMN_NAME WHERE ic.TABLE_SCHEMA = " + table.schemaExpression()
				+ " AND ic.TABLE_NAME = " + table.nameLiteral() + " ORDER BY i.INDEX_TYPE_NAME <> 'PRIMARY KEY', "
				+ "ic.INDEX_NAME, ic.ORDINAL_POSITION";
	}

	private static String like(List<Token> tokens, int index, String column) {
		if (index + 1 < tokens.size() && tokens.get(index).isWord("LIKE")) {
			return " AND " + column + " LIKE " + literal(tokens.get(index + 1).text());
		}
		return "";
	}

	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	/**
	 * The table a {@code SHOW} statement names: {@code t}, {@code db.t}, or {@code t FROM db}.
	 */
	private record Source(String schemaExpression, String nameLiteral, int end) {

		static Source read(List<Token> tokens, int index) throws DialectException {
			if (index >= tokens.size()) {
				throw new DialectException(1064, "42000", "You have an error in your SQL syntax; a table name "
						+ "is missing at the end of the statement");
			}
			String first = tokens.get(index).text();
			if (index + 2 < tokens.size() && tokens.get(index + 1).is(".")) {
				return new Source(literal(first), literal(tokens.get(index + 2).text()), index + 3);
			}
			if (index + 2 < tokens.size() && tokens.get(index + 1).isWord("FROM", "IN")) {
				return new Source(literal(tokens.get(index + 2).text()), literal(first), index + 3);
			}
			return new Source(CURRENT, literal(first), index + 1);
		}

	}

}
