package io.github.singlestorehttp.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Maps a row by calling a constructor with one column value per parameter: the canonical constructor of
 * a record (parameters named after its components), or the single constructor of another class
 * (parameter names from {@code -parameters} or {@code @ConstructorProperties}). Every parameter needs a
 * column; extra columns are ignored.
 *
 * @param <T> the mapped type
 */
final class ConstructorRowMapper<T> implements SingleStoreRowMapper<T> {

	private final Constructor<T> constructor;

	private final List<MappingTarget> parameters;

	private final List<String> parameterNames;

	private final ColumnValueReader reader;

	private final MetadataMemo<int[]> columnIndexes = new MetadataMemo<>(this::matchEveryParameter);

	ConstructorRowMapper(Constructor<T> constructor, ColumnValueReader reader) {
		this.constructor = constructor;
		this.parameterNames = parameterNames(constructor);
		String kind = constructor.getDeclaringClass().isRecord() ? "component" : "constructor parameter";
		this.parameters = IntStream.range(0, this.parameterNames.size())
			.mapToObj((i) -> new MappingTarget(this.parameterNames.get(i),
					new TypeDescriptor(new MethodParameter(constructor, i)), kind + " '" + this.parameterNames.get(i)
							+ "' of " + constructor.getDeclaringClass().getName()))
			.toList();
		this.reader = reader;
	}

	private static List<String> parameterNames(Constructor<?> constructor) {
		Class<?> type = constructor.getDeclaringClass();
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		return List.of(BeanUtils.getParameterNames(constructor));
	}

	@Override
	public T mapRow(Row row, int rowNumber) {
		int[] indexes = this.columnIndexes.get(row.metadata());
		@Nullable Object[] arguments = new Object[indexes.length];
		for (int i = 0; i < indexes.length; i++) {
			arguments[i] = this.reader.read(row, indexes[i], this.parameters.get(i));
		}
		return BeanUtils.instantiateClass(this.constructor, arguments);
	}

	private int[] matchEveryParameter(RowMetadata metadata) {
		int[] indexes = ColumnMatcher.indexesOf(this.parameterNames, metadata);
		for (int i = 0; i < indexes.length; i++) {
			if (indexes[i] == ColumnMatcher.NO_COLUMN) {
				throw new InvalidDataAccessApiUsageException("No column matches the " + this.parameters.get(i).description()
						+ "; the columns are " + metadata.columns().stream().map(ColumnMetadata::name).toList());
			}
		}
		return indexes;
	}

}
