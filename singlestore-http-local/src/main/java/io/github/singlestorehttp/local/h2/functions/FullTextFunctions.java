package io.github.singlestorehttp.local.h2.functions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.h2.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A simple local stand-in for SingleStore's full-text {@code MATCH (columns) AGAINST (query)}: it does not rank as
 * SingleStore's full-text index does, it only tells rows that contain a word of the query from rows that do not.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/full-text-search-functions/match/">
 * MATCH</a>
 */
public final class FullTextFunctions {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

	private FullTextFunctions() {
	}

	/**
	 * {@code MATCH (columns) AGAINST (query)} in natural-language mode, called as
	 * {@code SS_MATCH_AGAINST(query, column, ...)}: the number of distinct words of the query that occur as words in
	 * any of the columns, compared case-insensitively. Boolean-mode operators in the query are ignored.
	 * @return the score, 0 when no word of the query occurs
	 */
	public static Double matchAgainst(@Nullable String query, Value... columns) {
		if (query == null) {
			return 0.0;
		}
		Set<String> columnWords = Arrays.stream(columns)
			.map(SqlArguments::text)
			.filter((text) -> text != null)
			.flatMap((text) -> words(text).stream())
			.collect(Collectors.toSet());
		return (double) words(query).stream().filter(columnWords::contains).count();
	}

	private static Set<String> words(String text) {
		return Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT)))
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.toSet());
	}

}
