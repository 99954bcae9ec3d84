package io.github.singlestorehttp.local.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a {@link io.github.singlestorehttp.local.LocalDataApiServer} for the annotated test class, shared by its
 * tests (and its {@code @Nested} classes) and closed after them. Declare a parameter of type
 * {@code LocalDataApiServer} in a constructor, test method or lifecycle method to receive it.
 * <pre class="code">
 * &#064;LocalDataApiServerTest
 * class UserRepositoryTests {
 *
 *     &#064;Test
 *     void insertsUsers(LocalDataApiServer server) {
 *         // point the client at server.url() with server.username() and server.password()
 *     }
 *
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(LocalDataApiServerExtension.class)
public @interface LocalDataApiServerTest {

	/**
	 * The database to create.
	 * @return the database name
	 */
	String database() default "app";

	/**
	 * Whether to serve HTTPS; the CA certificate is then in
	 * {@link io.github.singlestorehttp.local.LocalDataApiServer#caCertificateFile()}.
	 * @return {@code true} for HTTPS
	 */
	boolean tls() default false;

	/**
	 * Whether numeric arguments pass through a 64-bit float as on the real server.
	 * @return {@code false} to bind numbers exactly
	 */
	boolean goNumberFidelity() default true;

	/**
	 * The database behind the server. {@link Backend#DEFAULT} takes the system property
	 * {@value LocalDataApiServerExtension#BACKEND_PROPERTY} ({@code h2} or {@code mariadb}), and H2 without it.
	 * @return the backend
	 */
	Backend backend() default Backend.DEFAULT;

	/**
	 * The JDBC URL of a database to run the server over, such as {@code jdbc:mariadb://localhost:3306/?user=root};
	 * takes precedence over {@link #backend()}.
	 * @return the URL, or an empty string for the {@link #backend()}
	 */
	String jdbcUrl() default "";

	/** The database behind the server. */
	enum Backend {

		/** The system property {@value LocalDataApiServerExtension#BACKEND_PROPERTY}, or H2. */
		DEFAULT,

		/** The server's own in-memory H2 database. */
		H2,

		/**
		 * A MariaDB server of the test run's own ({@code mariadbd} on a temporary data directory, started once per
		 * run and emptied for each test class); the tests are skipped where MariaDB is not installed.
		 */
		MARIADB

	}

}
