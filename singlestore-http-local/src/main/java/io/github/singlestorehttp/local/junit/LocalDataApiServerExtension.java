package io.github.singlestorehttp.local.junit;

import java.nio.file.Path;
import java.util.Optional;

import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest.Backend;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one {@link LocalDataApiServer} per test class, keeps it in the class's extension store (which closes it
 * after the class) and resolves parameters of type {@code LocalDataApiServer}. {@code @Nested} classes share the
 * server of their enclosing class. Configure it with {@link LocalDataApiServerTest}; without that annotation the
 * server has the builder's defaults. The server runs over H2, a JDBC URL, or a MariaDB server of the test run's own
 * (see {@link LocalDataApiServerTest#backend()}), which is started once per run and stopped when the run ends.
 */
public final class LocalDataApiServerExtension implements BeforeAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(LocalDataApiServerExtension.class);

	/** The system property that picks the backend of classes that leave it at {@code DEFAULT}. */
	public static final String BACKEND_PROPERTY = "singlestore.http.local.junit.backend";

	private static final String SERVER = "server";

	private static final String MARIADB = "mariadb";

	@Override
	public void beforeAll(ExtensionContext context) {
		server(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == LocalDataApiServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return server(extensionContext);
	}

	private static LocalDataApiServer server(ExtensionContext context) {
		ExtensionContext classContext = classContext(context);
		return classContext.getStore(NAMESPACE)
			.computeIfAbsent(SERVER, (key) -> start(classContext), LocalDataApiServer.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
			current = current.getParent().get();
		}
		return current;
	}

	private static LocalDataApiServer start(ExtensionContext classContext) {
		Optional<LocalDataApiServerTest> settings = AnnotationSupport
			.findAnnotation(classContext.getRequiredTestClass(), LocalDataApiServerTest.class);
		LocalDataApiServer.Builder builder = LocalDataApiServer.builder();
		settings.ifPresent((annotation) -> builder.database(annotation.database())
			.tls(annotation.tls())
			.goNumberFidelity(annotation.goNumberFidelity()));
		String jdbcUrl = settings.map(LocalDataApiServerTest::jdbcUrl).orElse("");
		if (!jdbcUrl.isEmpty()) {
			builder.jdbcUrl(jdbcUrl);
		}
		else if (backend(settings) == Backend.MARIADB) {
			ThrowawayMariaDb mariaDb = mariaDb(classContext);
			mariaDb.dropDatabases();
			builder.jdbcUrl(mariaDb.jdbcUrl());
		}
		return builder.build().start();
	}

	private static Backend backend(Optional<LocalDataApiServerTest> settings) {
		Backend backend = settings.map(LocalDataApiServerTest::backend).orElse(Backend.DEFAULT);
		if (backend != Backend.DEFAULT) {
			return backend;
		}
		return MARIADB.equalsIgnoreCase(System.getProperty(BACKEND_PROPERTY, "")) ? Backend.MARIADB : Backend.H2;
	}

	/**
	 * The MariaDB server of the test run, started by the first class that needs it and stopped when the run ends.
	 * @throws org.opentest4j.TestAbortedException when MariaDB is not installed, which skips the class
	 */
	private static ThrowawayMariaDb mariaDb(ExtensionContext context) {
		Optional<Path> server = ThrowawayMariaDb.server();
		Assumptions.assumeTrue(server.isPresent(),
				"MariaDB is not installed (no mariadbd; Debian package mariadb-server): tests over MariaDB skipped");
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(ThrowawayMariaDb.class, (key) -> ThrowawayMariaDb.start(server.get()),
					ThrowawayMariaDb.class);
	}

}
