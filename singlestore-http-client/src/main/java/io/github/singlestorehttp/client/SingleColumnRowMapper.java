package io.github.singlestorehttp.client;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.jdbc.IncorrectResultSetColumnCountException;

/**
 * Maps a row of exactly one column to that column's value, converted to a simple type. SQL
 * {@code NULL} maps to {@code null}.
 *
 * @param <T> the simple type
 */
final class SingleColumnRowMapper<T extends @Nullable Object> implements SingleStoreRowMapper<T> {

	private final MappingTarget target;

	private final ColumnValueReader reader;

	SingleColumnRowMapper(Class<T> type, ColumnValueReader reader) {
		this.target = new MappingTarget(type.getName(), TypeDescriptor.valueOf(type), type.getName());
		this.reader = reader;
	}

	@Override
	@SuppressWarnings("unchecked")
	public T mapRow(Row row, int rowNumber) {
		if (row.size() != 1) {
			throw new IncorrectResultSetColumnCountException("Cannot map a row of " + row.size() + " columns "
					+ row.columns().stream().map(ColumnMetadata::name).toList() + " to " + this.target.description()
					+ ", which is read from a single column", 1, row.size());
		}
		return (T) this.reader.read(row, 0, this.target);
	}

}
