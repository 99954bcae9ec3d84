package io.github.singlestorehttp.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Turns the value of one named parameter into the plain arguments of its placeholders: a
 * {@link SqlParameterValue} gives its value (the SQL type means nothing to the Data API), a collection
 * gives one argument per element, and an {@code Object[]} element of a collection one per item, matching
 * the {@code (?, ?)} groups that {@code NamedParameterUtils} writes for it.
 */
final class ParameterValues {

	private ParameterValues() {
	}

	static List<@Nullable Object> flatten(String name, @Nullable Object value) {
		Object plain = plain(value);
		if (!(plain instanceof Iterable<?> elements)) {
			return Collections.singletonList(plain);
		}
		List<@Nullable Object> arguments = new ArrayList<>();
		for (Object element : elements) {
			if (element instanceof Object[] group) {
				for (Object item : group) {
					arguments.add(plain(item));
				}
			}
			else {
				arguments.add(plain(element));
			}
		}
		if (arguments.isEmpty()) {
			throw new InvalidDataAccessApiUsageException("Parameter '" + name + "' is an empty collection, which would"
					+ " leave no placeholder (IN () is not valid SQL); handle the empty case before running the statement");
		}
		return arguments;
	}

	private static @Nullable Object plain(@Nullable Object value) {
		return (value instanceof SqlParameterValue typed) ? typed.getValue() : value;
	}

}
