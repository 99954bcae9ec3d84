package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;
import java.time.Duration;

import org.h2.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The range of SingleStore's {@code TIME}, which H2's {@code TIME} (a time of day) cannot hold: the server keeps
 * {@code TIME} columns as H2 intervals of hours to seconds, and their domains check each value with
 * {@link #inRange}. SingleStore's "Time and Date" page gives the range of {@code TIME} as
 * "Min: -838:59:59 Max: 838:59:59" and of {@code TIME(6)} as "Min: -838:59:59.000000 Max: 838:59:59.000000".
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/data-types/time-and-date/">Time and
 * Date</a>
 */
public final class TimeColumns {

	private static final Duration MAX = Duration.ofHours(838).plusMinutes(59).plusSeconds(59);

	private static final int INCORRECT_VALUE = 1292;

	private TimeColumns() {
	}

	/**
	 * A value stored into a {@code TIME} column by an {@code INSERT}, read as MySQL reads times: text such as
	 * {@code '838:59:59'}, {@code '1 02:00:00'} or {@code '101112'}, a number such as {@code 101112}, a {@code TIME}
	 * or the time of day of a date and time.
	 * @param value the value
	 * @return the time as {@code [-]HH:MM:SS[.ffffff]} text, which the column's interval type reads, or {@code null}
	 * for SQL {@code NULL}
	 * @throws SQLException MySQL's error 1292 ({@code Incorrect time value: 'half past nine'}) for a value that is no
	 * time
	 */
	public static @Nullable String toTime(@Nullable Value value) throws SQLException {
		if (SqlArguments.isNull(value)) {
			return null;
		}
		Duration duration = MySqlTemporals.time(value);
		if (duration == null) {
			throw incorrect(value.getString());
		}
		return MySqlTemporals.formatTime(duration);
	}

	/**
	 * Checks that a value fits a {@code TIME} column.
	 * @param time the value, an interval
	 * @return {@code true}, or {@code null} for SQL {@code NULL}
	 * @throws SQLException MySQL's error 1292 ({@code Incorrect time value: '839:00:00'}) for a value beyond
	 * 838:59:59 either way
	 */
	public static @Nullable Boolean inRange(@Nullable Value time) throws SQLException {
		Duration duration = MySqlTemporals.time(time);
		if (duration == null) {
			return null;
		}
		if (duration.abs().compareTo(MAX) > 0) {
			throw incorrect(MySqlTemporals.formatTime(duration));
		}
		return true;
	}

	private static SQLException incorrect(String time) {
		return new SQLException("Incorrect time value: '" + time + "'", "22007", INCORRECT_VALUE);
	}

}
