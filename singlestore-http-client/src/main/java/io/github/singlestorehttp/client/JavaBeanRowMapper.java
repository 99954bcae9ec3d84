package io.github.singlestorehttp.client;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;


import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.convert.TypeDescriptor;

/**
 * Maps a row to a JavaBean: creates it with its no-argument constructor, then sets each writable
 * property that a column matches. Properties without a column keep their initial value; columns without
 * a property are ignored.
 *
 * @param <T> the bean type
 */
final class JavaBeanRowMapper<T> implements SingleStoreRowMapper<T> {

	private final Constructor<T> constructor;

	private final List<MappingTarget> properties;

	private final ColumnValueReader reader;

	private final MetadataMemo<int[]> columnIndexes;

	JavaBeanRowMapper(Constructor<T> constructor, ColumnValueReader reader) {
		this.constructor = constructor;
		String beanName = constructor.getDeclaringClass().getName();
		this.properties = Arrays.stream(BeanUtils.getPropertyDescriptors(constructor.getDeclaringClass()))
			.filter((descriptor) -> descriptor.getWriteMethod() != null)
			.map((descriptor) -> target(descriptor, beanName))
			.toList();
		List<String> names = this.properties.stream().map(MappingTarget::name).toList();
		this.columnIndexes = new MetadataMemo<>((metadata) -> ColumnMatcher.indexesOf(names, metadata));
		this.reader = reader;
	}

	private static MappingTarget target(PropertyDescriptor descriptor, String beanName) {
		return new MappingTarget(descriptor.getName(), new TypeDescriptor(BeanUtils.getWriteMethodParameter(descriptor)),
				"property '" + descriptor.getName() + "' of " + beanName);
	}

	@Override
	public T mapRow(Row row, int rowNumber) {
		int[] indexes = this.columnIndexes.get(row.metadata());
		T bean = BeanUtils.instantiateClass(this.constructor);
		BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(bean);
		for (int i = 0; i < indexes.length; i++) {
			if (indexes[i] != ColumnMatcher.NO_COLUMN) {
				MappingTarget property = this.properties.get(i);
				wrapper.setPropertyValue(property.name(), this.reader.read(row, indexes[i], property));
			}
		}
		return bean;
	}

}
