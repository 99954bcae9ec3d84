package io.github.singlestorehttp.autoconfigure.aot;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import io.github.singlestorehttp.client.ReactiveSingleStoreOperations;
import io.github.singlestorehttp.client.SingleStoreOperations;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * Registers reflection hints for binding the types that the application's data access beans map rows to, so that
 * they can be mapped in a native image without {@code @RegisterReflectionForBinding}. A data access bean is one
 * that takes a {@link SingleStoreOperations} or {@link ReactiveSingleStoreOperations} (the template) in its
 * constructor or a field; its row types are the application's classes in the return types of its public methods,
 * generics included: {@code List<User>}, {@code Optional<User>}, {@code Flux<User>} and {@code User} all give
 * {@code User}. Types that are only passed to the template inside a method still need
 * {@code @RegisterReflectionForBinding}.
 */
class RowTypesAotProcessor implements BeanFactoryInitializationAotProcessor {

	private static final Set<Class<?>> TEMPLATE_TYPES = Set.of(SingleStoreOperations.class,
			ReactiveSingleStoreOperations.class);

	/** Where the template's own result types (ExecResult, BatchResult, Row, …) live. */
	private static final String CLIENT_PACKAGE = "io.github.singlestorehttp.client.";

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		Set<Class<?>> rowTypes = new LinkedHashSet<>();
		for (String beanName : beanFactory.getBeanDefinitionNames()) {
			Class<?> beanType = beanFactory.getType(beanName, false);
			if (beanType != null && usesTemplate(ClassUtils.getUserClass(beanType))) {
				collectRowTypes(ClassUtils.getUserClass(beanType), rowTypes);
			}
		}
		if (rowTypes.isEmpty()) {
			return null;
		}
		return (generationContext, code) -> new BindingReflectionHintsRegistrar()
			.registerReflectionHints(generationContext.getRuntimeHints().reflection(), rowTypes.toArray(Class<?>[]::new));
	}

	private static boolean usesTemplate(Class<?> beanType) {
		Stream<Class<?>> constructorParameters = Arrays.stream(beanType.getDeclaredConstructors())
			.map(Constructor::getParameterTypes)
			.flatMap(Arrays::stream);
		Stream<Class<?>> fieldTypes = Arrays.stream(beanType.getDeclaredFields()).map(Field::getType);
		return Stream.concat(constructorParameters, fieldTypes)
			.anyMatch((type) -> TEMPLATE_TYPES.stream().anyMatch((template) -> template.isAssignableFrom(type)));
	}

	private static void collectRowTypes(Class<?> beanType, Set<Class<?>> rowTypes) {
		for (Method method : beanType.getDeclaredMethods()) {
			if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
				collectApplicationTypes(ResolvableType.forMethodReturnType(method, beanType), rowTypes);
			}
		}
	}

	private static void collectApplicationTypes(ResolvableType type, Set<Class<?>> found) {
		Class<?> resolved = type.resolve();
		if (resolved == null) {
			return;
		}
		if (resolved.isArray()) {
			collectApplicationTypes(type.getComponentType(), found);
			return;
		}
		if (isApplicationType(resolved)) {
			found.add(resolved);
		}
		for (ResolvableType generic : type.getGenerics()) {
			collectApplicationTypes(generic, found);
		}
	}

	/** Not the JDK's, Spring's, Reactor's or the client's: a type the application declares. */
	private static boolean isApplicationType(Class<?> type) {
		String name = type.getName();
		return !type.isPrimitive() && !name.startsWith("java.") && !name.startsWith("javax.")
				&& !name.startsWith("org.springframework.") && !name.startsWith("reactor.")
				&& !name.startsWith(CLIENT_PACKAGE);
	}

}
