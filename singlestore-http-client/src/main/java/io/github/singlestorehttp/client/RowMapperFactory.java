package io.github.singlestorehttp.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAmount;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.util.ConcurrentReferenceHashMap;

/**
 * Creates the {@link SingleStoreRowMapper} for a target class, once per class:
 * <ul>
 * <li>{@code Map.class}: the row as an ordered map from column name to value ({@link
 * io.github.singlestorehttp.client.Row#toMap()}).</li>
 * <li>A simple type (String, numbers, Boolean, {@code java.time} types, {@code byte[]}, UUID, enums, …):
 * the value of the row's only column; a row of more columns is an
 * {@link org.springframework.jdbc.IncorrectResultSetColumnCountException}. SQL {@code NULL} maps to
 * {@code null}.</li>
 * <li>A record: its canonical constructor, one column per component. A class with a single constructor
 * that takes parameters is mapped the same way, by parameter name. A component without a matching column
 * is an {@link InvalidDataAccessApiUsageException} naming it and the columns.</li>
 * <li>A JavaBean (a no-argument constructor): matching columns are set through the setters; other
 * columns are ignored.</li>
 * </ul>
 * Column names match property names exactly, ignoring case, or as {@code snake_case} for
 * {@code camelCase} ({@code first_name} for {@code firstName}). Values are converted through the
 * {@link ConversionService} to the property's type (see {@link io.github.singlestorehttp.client.mapping.SingleStoreConversions}); a
 * {@code JSON} column whose property is not text is read by Jackson into the property's generic type,
 * such as a record, {@code Map} or {@code List<Item>}. SQL {@code NULL} for a primitive is a
 * {@link org.springframework.dao.TypeMismatchDataAccessException}.
 * <p>Mappers are cached per class and match columns once per result, so mapping many rows is cheap.
 * Instances are safe for concurrent use.
 */
final class RowMapperFactory {

	private final ColumnValueReader reader;

	private final Map<Class<?>, SingleStoreRowMapper<?>> mappers = new ConcurrentReferenceHashMap<>();

	/**
	 * Create a factory.
	 * @param conversionService converts column values to property types, typically one from
	 * {@link io.github.singlestorehttp.client.mapping.SingleStoreConversions#createConversionService()}
	 * @param jsonMapper reads {@code JSON} columns into non-text properties
	 */
	RowMapperFactory(ConversionService conversionService, JsonMapper jsonMapper) {
		this.reader = new ColumnValueReader(conversionService, jsonMapper);
	}

	/**
	 * The row mapper for a class.
	 * @param <T> the target type
	 * @param type the target class
	 * @return the mapper, shared by all callers for the same class
	 * @throws InvalidDataAccessApiUsageException when rows cannot be mapped to the class: an interface,
	 * an abstract class, or a class with several constructors and none without arguments
	 */
	@SuppressWarnings("unchecked")
	<T> SingleStoreRowMapper<T> forClass(Class<T> type) {
		return (SingleStoreRowMapper<T>) this.mappers.computeIfAbsent(type, this::createMapper);
	}

	private SingleStoreRowMapper<?> createMapper(Class<?> type) {
		if (type == Map.class) {
			return (row, rowNumber) -> row.toMap();
		}
		if (isSingleColumnType(type)) {
			return new SingleColumnRowMapper<>(type, this.reader);
		}
		Constructor<?> constructor = constructorOf(type);
		if (constructor.getParameterCount() == 0) {
			return new JavaBeanRowMapper<>(constructor, this.reader);
		}
		return new ConstructorRowMapper<>(constructor, this.reader);
	}

	private static boolean isSingleColumnType(Class<?> type) {
		return BeanUtils.isSimpleProperty(type) || TemporalAmount.class.isAssignableFrom(type);
	}

	private static Constructor<?> constructorOf(Class<?> type) {
		String problem = "Cannot map rows to " + type.getName() + ": it is not a simple type, a record, a class with"
				+ " a single constructor or a JavaBean with a no-argument constructor";
		if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
			throw new InvalidDataAccessApiUsageException(problem);
		}
		try {
			return BeanUtils.getResolvableConstructor(type);
		}
		catch (IllegalStateException ex) {
			throw new InvalidDataAccessApiUsageException(problem, ex);
		}
	}

}
