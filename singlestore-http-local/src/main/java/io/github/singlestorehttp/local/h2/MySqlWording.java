package io.github.singlestorehttp.local.h2;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.sql.SqlError;
import org.jspecify.annotations.Nullable;

/**
 * Rewords H2's error messages as MySQL and SingleStore word them, so that no error body carries H2's wording, its
 * {@code [*]} position markers or the names of the server's own functions ({@code SS_…}). Messages follow MySQL's
 * server error reference: {@code Table 't' doesn't exist} (1146), {@code Unknown column 'c' in 'field list'} (1054),
 * {@code You have an error in your SQL syntax; … near '…'} (1064), {@code Column 'c' cannot be null} (1048),
 * {@code Data too long for column 'c' at row 1} (1406), {@code Out of range value for column 'c' at row 1} (1264).
 */
final class MySqlWording {

	private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

	private static final Pattern SYNTAX_POSITION = Pattern.compile("\"(.*)\\[\\*\\](.*?)\"", Pattern.DOTALL);

	private static final Pattern OWN_FUNCTION = Pattern.compile("(?i)\\b" + H2Renderer.FUNCTION_PREFIX);

	private static final Pattern COLUMN_IN = Pattern.compile("(?i)column \"([^\" ]+)");

	private static final int NEAR_LENGTH = 80;

	/**
	 * The value H2 could not store into a TIME column (an interval domain of {@link MySqlTypeDomains}), such as a TIME
	 * literal in an UPDATE: {@code TIME '08:00:00' (t: "c" "app"."ss_time_0")}.
	 */
	private static final Pattern TIME_COLUMN_VALUE = Pattern
		.compile("(?is)[A-Z ]*'([^']*)' \\(.*\\.\"" + MySqlTypeDomains.PREFIX + "TIME_\\d\"\\)");

	/**
	 * How H2's message starts for arithmetic on an interval, as {@code t + 0} of a TIME column
	 * ({@link MySqlTypeDomains}) is.
	 */
	private static final String TIME_ARITHMETIC = "Feature not supported: \"INTERVAL HOUR TO SECOND";

	/** How MySQL's message for error 1292 starts, as the server's own functions already word it. */
	private static final String INCORRECT = "Incorrect ";

	private static final Pattern DATETIME_TEXT = Pattern
		.compile("\\d{4}-\\d{1,2}-\\d{1,2}[ T]\\d{1,2}:\\d{1,2}(:\\d{1,2}(\\.\\d{1,6})?)?");

	private MySqlWording() {
	}

	/**
	 * Rewords an error translated from H2.
	 * @param error the error, with H2's message
	 * @param database the request's database, which qualifies table names as MySQL's messages do
	 * @return the error with MySQL's wording
	 */
	static SqlError reword(SqlError error, @Nullable String database) {
		String message = error.getMessage();
		if (error.code() == 1292) {
			SqlError beyondH2 = temporalBeyondH2(firstQuoted(message), secondQuoted(message));
			if (beyondH2 != null) {
				return beyondH2;
			}
		}
		if (message.startsWith(TIME_ARITHMETIC)) {
			DialectException notSupported = DialectException.notSupported("arithmetic on TIME values");
			return new SqlError(notSupported.code(), notSupported.sqlState(), notSupported.getMessage());
		}
		if (error.code() == 1366) {
			Matcher time = TIME_COLUMN_VALUE.matcher(firstQuoted(message));
			if (time.matches()) {
				return new SqlError(1292, "22007", INCORRECT + "time value: '" + time.group(1) + "'");
			}
		}
		String reworded = switch (error.code()) {
			case 1064 -> syntax(message);
			case 1062, 1044 -> message;
			case 1146 -> "Table '" + qualified(firstQuoted(message), database) + "' doesn't exist";
			case 1054 -> "Unknown column '" + firstQuoted(message) + "' in 'field list'";
			case 1305 -> "FUNCTION " + withoutOwnPrefix(firstQuoted(message)) + " does not exist";
			case 1582 -> "Incorrect parameter count in the call to native function '"
					+ withoutOwnPrefix(firstQuoted(message).split("[ (]")[0]).toUpperCase(Locale.ROOT) + "'";
			case 1050 -> "Table '" + firstQuoted(message) + "' already exists";
			case 1060 -> "Duplicate column name '" + firstQuoted(message) + "'";
			case 1052 -> "Column '" + firstQuoted(message) + "' in field list is ambiguous";
			case 1048 -> "Column '" + firstQuoted(message) + "' cannot be null";
			case 1406 -> "Data too long for column '" + column(message) + "' at row 1";
			case 1264 -> outOfRange(message);
			case 3819 -> isRangeCheck(message) ? outOfRange(message) : generic(message);
			case 1365 -> "Division by 0";
			case 1292 -> message.startsWith(INCORRECT) ? message
					: INCORRECT + temporalType(firstQuoted(message)) + " value: '" + secondQuoted(message) + "'";
			case 1366 -> "Incorrect value: '" + firstQuoted(message) + "'";
			default -> generic(message);
		};
		int code = (error.code() == 3819 && isRangeCheck(message)) ? 1264 : error.code();
		String sqlState = (code != error.code()) ? "22003" : error.sqlState();
		return new SqlError(code, sqlState, reworded);
	}

	/**
	 * MySQL accepts a DATETIME text for a DATE (dropping the time); H2 refuses it. Such a value is valid SingleStore,
	 * so it is answered as what the local server does not support, not as an invalid value.
	 */
	private static @Nullable SqlError temporalBeyondH2(String type, String value) {
		if (type.equals("DATE") && DATETIME_TEXT.matcher(value).matches()) {
			return new SqlError(1706, "HY000", "Feature 'DATETIME value stored into a DATE' is not supported by the "
					+ "local Data API server; store DATE(value) instead");
		}
		return null;
	}

	/**
	 * The type named in MySQL's message for a value H2 could not read: TIME columns are H2 intervals
	 * ({@link MySqlTypeDomains}), and SingleStore has no INTERVAL type.
	 */
	private static String temporalType(String h2Type) {
		return h2Type.equals("INTERVAL") ? "time" : h2Type.toLowerCase(Locale.ROOT);
	}

	private static String qualified(String table, @Nullable String database) {
		return (database == null || table.contains(".")) ? table : database + "." + table;
	}

	private static boolean isRangeCheck(String message) {
		return message.startsWith(MySqlTypeDomains.RANGE_VIOLATION);
	}

	private static String syntax(String message) {
		if (!message.startsWith("Syntax error")) {
			return withoutOwnPrefix(generic(message));
		}
		Matcher position = SYNTAX_POSITION.matcher(message);
		String near = position.find() ? position.group(2) : "";
		if (near.length() > NEAR_LENGTH) {
			near = near.substring(0, NEAR_LENGTH);
		}
		return "You have an error in your SQL syntax; check the manual that corresponds to your SingleStore server "
				+ "version for the right syntax to use near '" + withoutOwnPrefix(near) + "'";
	}

	private static String outOfRange(String message) {
		Matcher column = COLUMN_IN.matcher(message);
		return column.find() ? "Out of range value for column '" + column.group(1) + "' at row 1"
				: "Out of range value";
	}

	private static String column(String message) {
		String quoted = firstQuoted(message);
		int space = quoted.indexOf(' ');
		return (space > 0) ? quoted.substring(0, space) : quoted;
	}

	private static String firstQuoted(String message) {
		Matcher quoted = QUOTED.matcher(message);
		return quoted.find() ? quoted.group(1).replace("\"\"", "\"") : "";
	}

	private static String secondQuoted(String message) {
		Matcher quoted = QUOTED.matcher(message);
		return (quoted.find() && quoted.find()) ? quoted.group(1).replace("\"\"", "\"") : "";
	}

	private static String generic(String message) {
		String text = message.replace("[*]", "");
		Matcher quoted = QUOTED.matcher(text);
		StringBuilder reworded = new StringBuilder();
		while (quoted.find()) {
			quoted.appendReplacement(reworded, Matcher.quoteReplacement("'" + quoted.group(1) + "'"));
		}
		quoted.appendTail(reworded);
		return withoutOwnPrefix(reworded.toString());
	}

	private static String withoutOwnPrefix(String text) {
		return OWN_FUNCTION.matcher(text).replaceAll("");
	}

}
