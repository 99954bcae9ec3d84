package io.github.singlestorehttp.client;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import org.springframework.jdbc.support.JdbcUtils;

/**
 * Finds the column for each property name: the column of the same name (exactly, then ignoring case),
 * else the column whose {@code snake_case} name is the property's {@code camelCase} one
 * ({@code first_name} for {@code firstName}).
 */
final class ColumnMatcher {

	/** The index of a property that no column matches. */
	static final int NO_COLUMN = -1;

	private ColumnMatcher() {
	}

	/**
	 * The column index for each name.
	 * @param names the property names
	 * @param metadata the columns
	 * @return one index per name, in order, or {@link #NO_COLUMN}
	 */
	static int[] indexesOf(List<String> names, RowMetadata metadata) {
		Map<String, Integer> indexByLooseName = new HashMap<>();
		for (int i = 0; i < metadata.size(); i++) {
			indexByLooseName.putIfAbsent(looseName(metadata.columns().get(i).name()), i);
		}
		int[] indexes = new int[names.size()];
		for (int i = 0; i < indexes.length; i++) {
			String name = names.get(i);
			int index = metadata.indexOf(name);
			indexes[i] = (index >= 0) ? index : indexByLooseName.getOrDefault(looseName(name), NO_COLUMN);
		}
		return indexes;
	}

	private static String looseName(String name) {
		return JdbcUtils.convertUnderscoreNameToPropertyName(name).toLowerCase(Locale.ROOT);
	}

}
