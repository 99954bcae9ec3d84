package io.github.singlestorehttp.local.dialect;

import java.util.List;

/**
 * How the database behind the local server writes what SingleStore's SQL means: its column types, its casts, and
 * its text for a statement whose SingleStore-only syntax the {@link SingleStoreTranslator} already rewrote.
 */
public interface TargetDialect {

	/**
	 * The database's column type for a SingleStore column type.
	 * @param type the SingleStore type
	 * @param prerequisites receives statements to run before the statement, such as creating a domain
	 * @return the database's type
	 * @throws DialectException when the type is invalid or cannot be emulated
	 */
	List<Token> columnType(SqlType type, List<String> prerequisites) throws DialectException;

	/**
	 * The database's expression for a cast: {@code CAST(x AS type)}, {@code CONVERT(x, type)}, {@code x :> type} or,
	 * when lenient, {@code x !:> type}, which gives NULL instead of failing.
	 * @param operand the expression, already translated
	 * @param type the target type
	 * @param lenient whether a value that cannot be converted becomes NULL
	 * @return the expression
	 * @throws DialectException when the type cannot be a cast's target
	 */
	List<Token> cast(List<Token> operand, SqlType type, boolean lenient) throws DialectException;

	/**
	 * Writes the statement for the database.
	 * @param tokens the statement, translated from SingleStore's syntax
	 * @return the database's SQL
	 * @throws DialectException when the statement uses what the database cannot do
	 */
	String render(List<Token> tokens) throws DialectException;

}
