package io.github.singlestorehttp.local.junit;

import java.util.Optional;

import io.github.singlestorehttp.local.LocalDataApiServer;
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
 * server has the builder's defaults.
 */
public final class LocalDataApiServerExtension implements BeforeAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(LocalDataApiServerExtension.class);

	private static final String SERVER = "server";

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
			.computeIfAbsent(SERVER, (key) -> start(classContext.getRequiredTestClass()), LocalDataApiServer.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
			current = current.getParent().get();
		}
		return current;
	}

	private static LocalDataApiServer start(Class<?> testClass) {
		Optional<LocalDataApiServerTest> settings = AnnotationSupport.findAnnotation(testClass,
				LocalDataApiServerTest.class);
		LocalDataApiServer.Builder builder = LocalDataApiServer.builder();
		settings.ifPresent((annotation) -> builder.database(annotation.database())
			.tls(annotation.tls())
			.goNumberFidelity(annotation.goNumberFidelity()));
		return builder.build().start();
	}

}
