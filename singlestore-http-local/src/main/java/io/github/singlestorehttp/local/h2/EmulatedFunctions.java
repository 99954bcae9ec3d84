package io.github.singlestorehttp.local.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import io.github.singlestorehttp.local.h2.functions.H2FunctionCatalog;

/**
 * The SingleStore and MySQL functions the server provides in H2, registered in the helper schema as
 * {@code SS_<name>}, and the functions of {@link CatalogFunctions}.
 */
final class EmulatedFunctions {

	private EmulatedFunctions() {
	}

	/**
	 * The names of the emulated functions, which the translation calls as {@code SS_<name>}.
	 * @return the names in upper case
	 */
	static Set<String> names() {
		Set<String> names = new HashSet<>(H2FunctionCatalog.names());
		names.add("GEOGRAPHY_POINT");
		return Set.copyOf(names);
	}

	/**
	 * Registers the functions.
	 * @param connection a connection with admin rights
	 * @param schema the helper schema
	 * @throws SQLException if registering fails
	 */
	static void installIn(Connection connection, String schema) throws SQLException {
		String prefix = Identifiers.quote(schema) + "." + H2Renderer.FUNCTION_PREFIX;
		String catalog = CatalogFunctions.class.getName();
		H2FunctionCatalog.installIn(connection, schema);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE ALIAS IF NOT EXISTS " + prefix + "GEOGRAPHY_POINT DETERMINISTIC FOR '"
					+ GeographyFunctions.class.getName() + ".geographyPoint'");
			statement.execute("CREATE ALIAS IF NOT EXISTS " + prefix + "COLUMN_TYPE DETERMINISTIC FOR '" + catalog
					+ ".columnType'");
			statement.execute("CREATE ALIAS IF NOT EXISTS " + prefix + "COLUMN_DEFAULT DETERMINISTIC FOR '"
					+ catalog + ".columnDefault'");
			statement.execute("CREATE ALIAS IF NOT EXISTS " + prefix + "SHOW_CREATE_TABLE FOR '" + catalog
					+ ".showCreateTable'");
		}
	}

}
