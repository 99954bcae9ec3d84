package io.github.singlestorehttp.client;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.dao.TypeMismatchDataAccessException;

/**
 * Reads a column value as the type of a {@link MappingTarget}: JSON columns through Jackson when the
 * target is not text, everything else through the {@link ConversionService}. A SQL {@code NULL} stays
 * {@code null}, except for a primitive target, which is an error.
 */
final class ColumnValueReader {

	private static final String JSON_TYPE = "JSON";

	private final ConversionService conversionService;

	private final JsonMapper jsonMapper;

	ColumnValueReader(ConversionService conversionService, JsonMapper jsonMapper) {
		this.conversionService = conversionService;
		this.jsonMapper = jsonMapper;
	}

	@Nullable Object read(Row row, int columnIndex, MappingTarget target) {
		Object value = row.get(columnIndex);
		ColumnMetadata column = row.columns().get(columnIndex);
		if (value == null) {
			if (target.type().isPrimitive()) {
				throw new TypeMismatchDataAccessException("Cannot map NULL in column '" + column.name()
						+ "' to the primitive " + target.description() + "; declare it with the wrapper type to accept NULL");
			}
			return null;
		}
		try {
			if (value instanceof String json && isJson(column) && !acceptsText(target.type())) {
				return this.jsonMapper.readValue(json, this.jsonMapper.constructType(target.type().getResolvableType().getType()));
			}
			return this.conversionService.convert(value, TypeDescriptor.forObject(value), target.type());
		}
		catch (ConversionException | JacksonException ex) {
			throw new TypeMismatchDataAccessException("Cannot map column '" + column.name() + "' of type "
					+ column.dataType() + " to " + target.description(), ex);
		}
	}

	private static boolean isJson(ColumnMetadata column) {
		return column.dataType().trim().toUpperCase(Locale.ROOT).equals(JSON_TYPE);
	}

	private static boolean acceptsText(TypeDescriptor type) {
		return type.getObjectType().isAssignableFrom(String.class);
	}

}
