package io.github.singlestorehttp.local.h2;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * An H2 user without admin rights for request statements to run as, so that H2's admin-only features (shutting the
 * database down, Java functions, files, database-wide settings, other users) stay out of reach of requests even where
 * the statement check misses one: H2 refuses them with "Admin rights are required", which the server reports as
 * error 1227. The user may create, change and drop schemas and everything in them ({@code ALTER ANY SCHEMA}), so
 * requests can do what SingleStore lets a database owner do.
 *
 * @param name the user name
 * @param password the password, random for every server
 */
public record H2RequestUser(String name, String password) {

	private static final String NAME = "singlestore_local_requests";

	/**
	 * Creates the user.
	 * @param admin a connection with admin rights to a database that does not have the user yet
	 * @return the user
	 * @throws SQLException if the user cannot be created
	 */
	public static H2RequestUser createIn(Connection admin) throws SQLException {
		H2RequestUser user = new H2RequestUser(NAME, randomPassword());
		String quotedName = Identifiers.quote(user.name());
		try (Statement statement = admin.createStatement()) {
			statement.execute("CREATE USER " + quotedName + " PASSWORD '" + user.password() + "'");
			statement.execute("GRANT ALTER ANY SCHEMA TO " + quotedName);
		}
		return user;
	}

	/**
	 * Describes the user without its password.
	 * @return the description
	 */
	@Override
	public String toString() {
		return "H2RequestUser[name=" + this.name + "]";
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
