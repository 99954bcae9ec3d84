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

}
