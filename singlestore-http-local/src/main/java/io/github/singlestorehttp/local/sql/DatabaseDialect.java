package io.github.singlestorehttp.local.sql;

import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What differs between the databases behind the local server: how Data API databases map to the JDBC database, how
 * its errors map to MySQL errors, and which MySQL types it needs help with.
 */
public interface DatabaseDialect {

	/**
	 * SQL to run on every new pooled connection.
	 * @return the SQL, or empty for none
	 */
	Optional<String> connectionInitSql();

	/**
	 * Driver properties for the pooled connections, such as how the driver counts affected rows.
	 * @return the properties, none by default
	 */
	default Map<String, String> connectionProperties() {
		return Map.of();
	}

	/**
	 * Prepares the database once, before the pool starts, and creates the server's database.
	 * @param connection a connection to the database
	 * @param database the name of the database to create if missing
	 * @throws SQLException if the database cannot be prepared
	 */
	void initialize(Connection connection, String database) throws SQLException;

	/**
	 * Makes a connection run statements in a database, or in none.
	 * @param connection the connection
	 * @param database the database named by the request, or {@code null} for none
	 * @throws SqlError 1049 if the database does not exist
	 * @throws SQLException if the connection fails
	 */
	void selectDatabase(Connection connection, @Nullable String database) throws SqlError, SQLException;

	/**
	 * Refuses a statement that the database would run but SingleStore does not have, where running it could harm the
	 * server, the JVM it runs in or its host.
	 * @param statement the statement
	 * @throws SqlError 1064 if the statement is refused
	 */
	void checkSupported(SingleStatement statement) throws SqlError;

	/**
	 * The SQL to execute for a request's statement.
	 * @param connection the connection the statement will run on, with the request's database selected
	 * @param statement the statement
	 * @param database the database the request names, or {@code null}
	 * @return the statement text, possibly rewritten
	 * @throws SqlError when the statement cannot be translated for the database
	 * @throws SQLException if looking up what the translation needs fails
	 */
	String executableSql(Connection connection, SingleStatement statement, @Nullable String database)
			throws SqlError, SQLException;

	/**
	 * Called before a statement runs, after its database was selected, for work the statement depends on, such as
	 * creating the domain a new column's type needs.
	 * @param connection the connection the statement will run on
	 * @param statement the statement
	 * @throws SqlError when the statement cannot be translated for the database
	 * @throws SQLException if the work fails
	 */
	void beforeStatement(Connection connection, SingleStatement statement) throws SqlError, SQLException;

	/**
	 * Called after a statement ran without error, for follow-up work such as preparing a newly created database.
	 * @param connection the connection the statement ran on
	 * @param statement the statement
	 * @throws SQLException if the follow-up work fails
	 */
	void afterStatement(Connection connection, SingleStatement statement) throws SQLException;

	/**
	 * Removes objects that a statement created while no database was selected. MySQL refuses to create them (error
	 * 1046); databases that always have a current schema create them there.
	 * @param connection the connection the statement ran on
	 * @return {@code true} if such objects existed and were removed
	 * @throws SQLException if the check fails
	 */
	boolean removeObjectsCreatedWithoutDatabase(Connection connection) throws SQLException;

	/**
	 * Finds the MySQL types result columns were declared with, where the JDBC type alone would report another one.
	 * @param connection the connection the result came from
	 * @param metaData the result's metadata
	 * @return declared type names by 1-based column index
	 * @throws SQLException if the lookup fails
	 */
	Map<Integer, String> declaredTypes(Connection connection, ResultSetMetaData metaData) throws SQLException;

	/**
	 * Translates a database error into the MySQL error the Data API would report.
	 * @param exception the database error
	 * @param database the database the request names, or {@code null}
	 * @return the MySQL error
	 */
	SqlError translate(SQLException exception, @Nullable String database);

}
