package io.github.singlestorehttp.local.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns H2's duplicate-key message into MySQL's {@code Duplicate entry 'v' for key 'name'}, which SingleStore
 * reports too. H2 names the index and lists the duplicated values, and for a primary key that is the table's row key
 * it lists the whole existing row, other columns included; only the key's values are kept. The key is
 * {@code PRIMARY} for a primary key, the constraint's or index's name for a unique one, and the first column's name
 * for a unique constraint H2 named itself (as MySQL names a key declared on a column). The values of a key of
 * several columns are joined with {@code -}, as MySQL does. H2 writes the message as:
 * <ul>
 * <li>{@code "s.CONSTRAINT_8 PRIMARY KEY ON s.t(id) ( /* key:1 *}{@code / 1, 'other', 'columns')"}</li>
 * <li>{@code "s.c INDEX s.c_INDEX_8 ON s.t(a NULLS FIRST, b NULLS FIRST) VALUES ( /* key:1 *}{@code / 'x', 7)"}</li>
 * <li>{@code "s.i ON s.t(a NULLS FIRST) VALUES ( /* 1 *}{@code / 'x' )"}</li>
 * </ul>
 * A message in another form becomes {@code Duplicate entry for a primary or unique key}, never H2's text.
 */
final class DuplicateKeyMessage {

	private static final String NAME = "(?:\"(?:[^\"]|\"\")*\"|[^\\s.\"(),]+)";

	private static final String QUALIFIED_NAME = NAME + "(?:\\." + NAME + ")*";

	private static final Pattern DETAIL = Pattern.compile("(?s)(?:(?<constraint>" + QUALIFIED_NAME
			+ ") (?:(?<primary>PRIMARY KEY)|INDEX (?<index>" + QUALIFIED_NAME + ")) ON |(?<plainIndex>"
			+ QUALIFIED_NAME + ") ON )" + QUALIFIED_NAME + "\\((?<columns>.*?)\\) (?:VALUES )?\\( /\\* (?:key:)?"
			+ "(?<rowKey>\\S*) \\*/ (?<values>.*?) ?\\)");

	private static final Pattern NAME_PART = Pattern.compile(NAME);

	private static final Pattern GENERATED_CONSTRAINT = Pattern.compile("CONSTRAINT_[0-9A-F]+");

	private static final Pattern COLUMN_ORDER = Pattern.compile(" (?:ASC|DESC|NULLS FIRST|NULLS LAST)");

	private static final Pattern CAST = Pattern.compile("(?s)CAST\\((.*) AS [^()]*(?:\\([^()]*\\))?[^()]*\\)");

	private static final Pattern QUOTED_LITERAL = Pattern.compile("(?s)(?:[A-Z][A-Z ]*)?'((?:[^']|'')*)'");

	private static final String PRIMARY_INDEX_PREFIX = "PRIMARY_KEY";

	private DuplicateKeyMessage() {
	}

	/**
	 * Rewrites H2's duplicate-key message.
	 * @param h2Message H2's message, such as {@code Unique index or primary key violation: "…"}
	 * @return MySQL's message
	 */
	static String of(String h2Message) {
		int open = h2Message.indexOf('"');
		int close = h2Message.lastIndexOf('"');
		if (open < 0 || close <= open) {
			return unknown();
		}
		Matcher detail = DETAIL.matcher(h2Message.substring(open + 1, close).replace("\"\"", "\""));
		if (!detail.matches()) {
			return unknown();
		}
		List<String> columns = splitList(detail.group("columns"));
		String value = (detail.group("primary") != null) ? detail.group("rowKey")
				: String.join("-", splitList(detail.group("values")).stream().map(DuplicateKeyMessage::valueOf).toList());
		return "Duplicate entry '" + value + "' for key '" + keyName(detail, columns) + "'";
	}

	private static String keyName(Matcher detail, List<String> columns) {
		if (detail.group("plainIndex") != null) {
			return lastName(detail.group("plainIndex"));
		}
		if (detail.group("primary") != null || lastName(detail.group("index")).startsWith(PRIMARY_INDEX_PREFIX)) {
			return "PRIMARY";
		}
		String constraint = lastName(detail.group("constraint"));
		if (GENERATED_CONSTRAINT.matcher(constraint).matches() && !columns.isEmpty()) {
			return lastName(COLUMN_ORDER.matcher(columns.get(0)).replaceAll(""));
		}
		return constraint;
	}

	private static String valueOf(String literal) {
		Matcher cast = CAST.matcher(literal);
		if (cast.matches()) {
			return valueOf(cast.group(1).strip());
		}
		Matcher quoted = QUOTED_LITERAL.matcher(literal);
		return quoted.matches() ? quoted.group(1).replace("''", "'") : literal;
	}

	private static String lastName(String qualifiedName) {
		Matcher part = NAME_PART.matcher(qualifiedName);
		String last = qualifiedName;
		while (part.find()) {
			last = part.group();
		}
		return last.startsWith("\"") ? last.substring(1, last.length() - 1).replace("\"\"", "\"") : last;
	}

	/**
	 * Splits a comma-separated list of SQL literals or names, leaving commas in quotes and parentheses alone.
	 */
	private static List<String> splitList(String list) {
		List<String> items = new ArrayList<>();
		int depth = 0;
		char quote = 0;
		int start = 0;
		for (int index = 0; index < list.length(); index++) {
			char character = list.charAt(index);
			if (quote != 0) {
				quote = (character == quote) ? 0 : quote;
			}
			else if (character == '\'' || character == '"') {
				quote = character;
			}
			else if (character == '(' || character == '[') {
				depth++;
			}
			else if (character == ')' || character == ']') {
				depth--;
			}
			else if (character == ',' && depth == 0) {
				items.add(list.substring(start, index).strip());
				start = index + 1;
			}
		}
		items.add(list.substring(start).strip());
		return items;
	}

	private static String unknown() {
		return "Duplicate entry for a primary or unique key";
	}

}
