package io.github.singlestorehttp.local.h2.functions;

import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.h2.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and SingleStore date and time functions H2 lacks. Arguments are {@code DATE}, {@code DATETIME},
 * {@code TIME} values or text in MySQL's formats; text that is not a valid date or time gives SQL {@code NULL}, as in
 * MySQL. Functions whose MySQL result is a {@code DATE}, {@code DATETIME} or {@code TIME} depending on the arguments
 * return the value as text printed as MySQL prints it ({@code 2020-01-02}, {@code 2020-01-02 03:04:05},
 * {@code 838:59:59}), since an H2 function has one result type.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/">SingleStore: Date
 * and Time Functions</a>
 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html">MySQL 8.0: Date and Time
 * Functions</a>
 */
public final class DateFunctions {

	/** MySQL's {@code TO_DAYS} counts days from year 0; this is its count for 1970-01-01. */
	private static final long DAYS_BEFORE_EPOCH = 719_528;

	private static final LocalDateTime DEFAULT_BUCKET_ORIGIN = LocalDateTime.of(2000, 1, 3, 0, 0);

	private DateFunctions() {
	}

	/**
	 * {@code DATE_FORMAT(date, format)} with every MySQL specifier.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/date-format/">
	 * DATE_FORMAT</a>
	 */
	public static @Nullable String dateFormat(@Nullable Value date, @Nullable String format) {
		LocalDateTime dateTime = MySqlTemporals.dateTime(date);
		return (dateTime != null && format != null) ? MySqlDateFormat.format(dateTime, format) : null;
	}

	/**
	 * {@code TIME_FORMAT(time, format)}: the hour, minute, second and microsecond specifiers of {@code DATE_FORMAT};
	 * hours may exceed 23.
	 * @return the text, or {@code null} when the format holds a date specifier
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/time-format/">
	 * TIME_FORMAT</a>
	 */
	public static @Nullable String timeFormat(@Nullable Value time, @Nullable String format) {
		Duration duration = MySqlTemporals.time(time);
		return (duration != null && format != null) ? MySqlDateFormat.formatTime(duration, format) : null;
	}

	/**
	 * {@code STR_TO_DATE(text, format)}: a {@code DATETIME}, {@code DATE} or {@code TIME}, as the format has date
	 * and time parts, date parts only or time parts only, printed as MySQL prints it.
	 * @return the value, or {@code null} when the text does not match the format or a date part is missing
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/str-to-date/">
	 * STR_TO_DATE</a>
	 */
	public static @Nullable String strToDate(@Nullable String text, @Nullable String format) {
		MySqlDateFormat.Parsed parsed = (text != null && format != null) ? MySqlDateFormat.parse(text, format) : null;
		if (parsed == null) {
			return null;
		}
		LocalDate date = parsed.date();
		LocalTime time = parsed.time();
		if (date != null) {
			return (time != null) ? MySqlTemporals.formatDateTime(date.atTime(time)) : MySqlTemporals.formatDate(date);
		}
		return (time != null) ? MySqlTemporals.formatTime(Duration.ofNanos(time.toNanoOfDay())) : null;
	}

	/**
	 * {@code DATE_ADD(date, INTERVAL amount unit)} and {@code ADDDATE} with an interval, called as
	 * {@code SS_DATE_ADD(date, amount, 'unit')}; units are {@code MICROSECOND}, {@code SECOND}, {@code MINUTE},
	 * {@code HOUR}, {@code DAY}, {@code WEEK}, {@code MONTH}, {@code QUARTER} and {@code YEAR}. Adding months keeps
	 * the day, or takes the last day of a shorter month.
	 * @return a date ({@code YYYY-MM-DD}) when the argument is a date and the unit a day or longer, otherwise a date
	 * and time
	 * @throws SQLException when the unit is not supported
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/date-add/">
	 * DATE_ADD</a>
	 */
	public static @Nullable String dateAdd(@Nullable Value date, @Nullable Value amount, @Nullable String unit)
			throws SQLException {
		return shift(date, amount, unit, 1);
	}

	/** {@code ADDDATE(date, days)}: as {@code DATE_ADD(date, INTERVAL days DAY)}. */
	public static @Nullable String dateAdd(@Nullable Value date, @Nullable Value days) throws SQLException {
		return shift(date, days, "DAY", 1);
	}

	/**
	 * {@code DATE_SUB(date, INTERVAL amount unit)} and {@code SUBDATE}: as {@link #dateAdd(Value, Value, String)}
	 * with the amount subtracted.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/date-sub/">
	 * DATE_SUB</a>
	 */
	public static @Nullable String dateSub(@Nullable Value date, @Nullable Value amount, @Nullable String unit)
			throws SQLException {
		return shift(date, amount, unit, -1);
	}

	/** {@code SUBDATE(date, days)}: as {@code DATE_SUB(date, INTERVAL days DAY)}. */
	public static @Nullable String dateSub(@Nullable Value date, @Nullable Value days) throws SQLException {
		return shift(date, days, "DAY", -1);
	}

	/**
	 * {@code DATEDIFF(expr1, expr2)}: the days from the date of expr2 to the date of expr1 (times are ignored).
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/datediff/">
	 * DATEDIFF</a>
	 */
	public static @Nullable Long datediff(@Nullable Value expr1, @Nullable Value expr2) {
		LocalDate end = MySqlTemporals.date(expr1);
		LocalDate start = MySqlTemporals.date(expr2);
		return (end != null && start != null) ? ChronoUnit.DAYS.between(start, end) : null;
	}

	/**
	 * {@code WEEKDAY(date)}: 0 for Monday to 6 for Sunday.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/weekday/">
	 * WEEKDAY</a>
	 */
	public static @Nullable Long weekday(@Nullable Value date) {
		LocalDate day = MySqlTemporals.date(date);
		return (day != null) ? (long) MySqlWeeks.weekday(day, false) : null;
	}

	/**
	 * {@code HOUR(time)}: the hours of a time, which may exceed 23, or of a date and time.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/hour/">HOUR</a>
	 */
	public static @Nullable Long hour(@Nullable Value time) {
		Duration duration = MySqlTemporals.time(time);
		return (duration != null) ? duration.abs().toHours() : null;
	}

	/**
	 * {@code MINUTE(time)}.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/minute/">
	 * MINUTE</a>
	 */
	public static @Nullable Long minute(@Nullable Value time) {
		Duration duration = MySqlTemporals.time(time);
		return (duration != null) ? (long) duration.abs().toMinutesPart() : null;
	}

	/**
	 * {@code SECOND(time)}.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/second/">
	 * SECOND</a>
	 */
	public static @Nullable Long second(@Nullable Value time) {
		Duration duration = MySqlTemporals.time(time);
		return (duration != null) ? (long) duration.abs().toSecondsPart() : null;
	}

	/**
	 * {@code MICROSECOND(time)}.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/microsecond/">
	 * MICROSECOND</a>
	 */
	public static @Nullable Long microsecond(@Nullable Value time) {
		Duration duration = MySqlTemporals.time(time);
		return (duration != null) ? (long) duration.abs().toNanosPart() / 1000 : null;
	}

	/**
	 * {@code TIME(expr)}: the time part of a date and time or time, printed as {@code HH:MM:SS[.ffffff]}.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/time/">TIME</a>
	 */
	public static @Nullable String time(@Nullable Value expr) {
		Duration duration = MySqlTemporals.time(expr);
		return (duration != null) ? MySqlTemporals.formatTime(duration) : null;
	}

	/**
	 * {@code SEC_TO_TIME(seconds)}: a number of seconds as a {@code TIME}, printed as {@code [-]HH:MM:SS}.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/sec-to-time/">
	 * SEC_TO_TIME</a>
	 */
	public static @Nullable String secToTime(@Nullable Value seconds) {
		if (SqlArguments.isNull(seconds)) {
			return null;
		}
		long micros = SqlArguments.number(seconds).movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValue();
		return MySqlTemporals.formatTime(Duration.of(micros, ChronoUnit.MICROS));
	}

	/**
	 * {@code TIME_TO_SEC(time)}: the whole seconds of a time, negative for a negative time.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/time-to-sec/">
	 * TIME_TO_SEC</a>
	 */
	public static @Nullable Long timeToSec(@Nullable Value time) {
		Duration duration = MySqlTemporals.time(time);
		return (duration != null) ? (duration.isNegative() ? -duration.abs().toSeconds() : duration.toSeconds()) : null;
	}

	/**
	 * {@code TO_DAYS(date)}: the days since year 0.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/to-days/">
	 * TO_DAYS</a>
	 */
	public static @Nullable Long toDays(@Nullable Value date) {
		LocalDate day = MySqlTemporals.date(date);
		return (day != null) ? day.toEpochDay() + DAYS_BEFORE_EPOCH : null;
	}

	/**
	 * {@code MAKEDATE(year, dayOfYear)}: the date of a day of a year; days past the end of the year continue into the
	 * next years.
	 * @return the date, or {@code null} when the day of the year is below 1
	 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html#function_makedate">MySQL:
	 * MAKEDATE</a>
	 */
	public static @Nullable LocalDate makedate(@Nullable Long year, @Nullable Long dayOfYear) {
		if (year == null || dayOfYear == null || dayOfYear < 1) {
			return null;
		}
		return LocalDate.of(year.intValue(), 1, 1).plusDays(dayOfYear - 1);
	}

	/**
	 * {@code TIMEDIFF(expr1, expr2)}: expr1 minus expr2 as a {@code TIME}, both dates and times or both times.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/timediff/">
	 * TIMEDIFF</a>
	 */
	public static @Nullable String timediff(@Nullable Value expr1, @Nullable Value expr2) {
		LocalDateTime end = MySqlTemporals.dateTime(expr1);
		LocalDateTime start = MySqlTemporals.dateTime(expr2);
		if (end != null && start != null) {
			return MySqlTemporals.formatTime(Duration.between(start, end));
		}
		Duration endTime = (end == null) ? MySqlTemporals.time(expr1) : null;
		Duration startTime = (start == null) ? MySqlTemporals.time(expr2) : null;
		return (endTime != null && startTime != null) ? MySqlTemporals.formatTime(endTime.minus(startTime)) : null;
	}

	/**
	 * {@code ADDTIME(expr1, expr2)}: a time added to a date and time (giving a date and time) or to a time (giving a
	 * time).
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/addtime/">
	 * ADDTIME</a>
	 */
	public static @Nullable String addtime(@Nullable Value expr1, @Nullable Value expr2) {
		Duration added = MySqlTemporals.time(expr2);
		if (added == null || SqlArguments.isNull(expr1)) {
			return null;
		}
		LocalDateTime dateTime = MySqlTemporals.isDateOnly(expr1) ? null : MySqlTemporals.dateTime(expr1);
		if (dateTime != null) {
			return MySqlTemporals.formatDateTime(dateTime.plus(added));
		}
		Duration time = MySqlTemporals.time(expr1);
		return (time != null) ? MySqlTemporals.formatTime(time.plus(added)) : null;
	}

	/**
	 * {@code YEARWEEK(date [, mode])}: the year and week as {@code YYYYWW}, weeks counted as {@code WEEK(date, mode)}
	 * counts them but never 0.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/yearweek/">
	 * YEARWEEK</a>
	 */
	public static @Nullable Long yearweek(@Nullable Value date, Long... mode) {
		LocalDate day = MySqlTemporals.date(date);
		if (day == null) {
			return null;
		}
		long weekMode = (mode.length > 0 && mode[0] != null) ? mode[0] : 0;
		MySqlWeeks.YearWeek week = MySqlWeeks.week(day, MySqlWeeks.behaviourOfMode(weekMode) | MySqlWeeks.WEEK_YEAR);
		return week.year() * 100L + week.week();
	}

	/**
	 * {@code WEEKOFYEAR(date)}: the ISO week, 1 to 53 ({@code WEEK(date, 3)}).
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/weekofyear/">
	 * WEEKOFYEAR</a>
	 */
	public static @Nullable Long weekofyear(@Nullable Value date) {
		LocalDate day = MySqlTemporals.date(date);
		return (day != null) ? (long) MySqlWeeks.week(day, MySqlWeeks.behaviourOfMode(3)).week() : null;
	}

	/**
	 * {@code UTC_TIMESTAMP()}: the current date and time in UTC.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/utc-timestamp/">
	 * UTC_TIMESTAMP</a>
	 */
	public static LocalDateTime utcTimestamp() {
		return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * {@code SYSDATE()}: the date and time at which the function runs, in the JVM's time zone.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/sysdate/">
	 * SYSDATE</a>
	 */
	public static LocalDateTime sysdate() {
		return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * {@code TO_CHAR(value, format)} with SingleStore's format specifiers ({@code 'MM/DD'}, {@code 'The year is
	 * YYYY'}); unlike H2's {@code TO_CHAR}, text arguments are read as timestamps, names are capitalized
	 * ({@code Mar}, {@code Thu}) and other characters are copied. A time is written on 1970-01-01.
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/to-char/">
	 * TO_CHAR</a>
	 */
	public static @Nullable String toChar(@Nullable Value value, @Nullable String format) {
		LocalDateTime dateTime = MySqlTemporals.dateTime(value);
		if (dateTime == null) {
			Duration time = MySqlTemporals.time(value);
			dateTime = (time != null) ? LocalDate.EPOCH.atTime(MySqlTemporals.timeOfDay(time)) : null;
		}
		return (dateTime != null && format != null) ? FormatModel.format(dateTime, format) : null;
	}

	/**
	 * {@code TO_DATE(text, format)} with SingleStore's format specifiers ({@code 'MM/DD/YYYY'}).
	 * @return the date, or {@code null} when a literal character of the format is not in the text
	 * @throws SQLException when a field of the text is not a valid number or name
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/to-date/">
	 * TO_DATE</a>
	 */
	public static @Nullable LocalDate toDate(@Nullable String text, @Nullable String format) throws SQLException {
		LocalDateTime dateTime = (text != null && format != null) ? FormatModel.parse(text, format, "TO_DATE") : null;
		return (dateTime != null) ? dateTime.toLocalDate() : null;
	}

	/**
	 * {@code TO_TIMESTAMP(text, format)} with SingleStore's format specifiers
	 * ({@code 'MM/DD/YYYY HH:MI:SS.FF6'}).
	 * @return the date and time, or {@code null} when a literal character of the format is not in the text
	 * @throws SQLException when a field of the text is not a valid number or name
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/to-timestamp/">
	 * TO_TIMESTAMP</a>
	 */
	public static @Nullable LocalDateTime toTimestamp(@Nullable String text, @Nullable String format)
			throws SQLException {
		return (text != null && format != null) ? FormatModel.parse(text, format, "TO_TIMESTAMP") : null;
	}

	/**
	 * {@code DATE_TRUNC('unit', timestamp)}: the timestamp truncated to the start of its year, quarter, month, week
	 * (which starts on Monday in SingleStore, unlike H2's {@code DATE_TRUNC}), day, hour, minute, second or
	 * microsecond.
	 * @throws SQLException when the unit is not one of these
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/date-trunc/">
	 * DATE_TRUNC</a>
	 */
	public static @Nullable LocalDateTime dateTrunc(@Nullable String unit, @Nullable Value timestamp)
			throws SQLException {
		LocalDateTime dateTime = MySqlTemporals.dateTime(timestamp);
		if (unit == null || dateTime == null) {
			return null;
		}
		LocalDate day = dateTime.toLocalDate();
		return switch (unit.strip().toLowerCase(Locale.ROOT)) {
			case "year" -> day.withDayOfYear(1).atStartOfDay();
			case "quarter" -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1).atStartOfDay();
			case "month" -> day.withDayOfMonth(1).atStartOfDay();
			case "week" -> day.minusDays(MySqlWeeks.weekday(day, false)).atStartOfDay();
			case "day" -> day.atStartOfDay();
			case "hour" -> dateTime.truncatedTo(ChronoUnit.HOURS);
			case "minute" -> dateTime.truncatedTo(ChronoUnit.MINUTES);
			case "second" -> dateTime.truncatedTo(ChronoUnit.SECONDS);
			case "microsecond", "microseconds" -> dateTime.truncatedTo(ChronoUnit.MICROS);
			default -> throw SingleStoreErrors.incorrectArguments("DATE_TRUNC");
		};
	}

	/**
	 * {@code TIME_BUCKET(width, time [, origin])}: the start of the bucket of the given width that holds the time,
	 * buckets being aligned on the origin (by default Monday 2000-01-03 00:00:00): {@code time - ((time - origin) %
	 * width)}. The width is a duration such as {@code '1h4m'} or {@code '1d'}, or a MySQL interval such as
	 * {@code 'INTERVAL 15 MINUTE'}; the form without a time (the {@code SERIES TIMESTAMP}) is not supported.
	 * @throws SQLException when the width is not a bucket width
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/time-series-functions/time-bucket/">
	 * TIME_BUCKET</a>
	 */
	public static @Nullable LocalDateTime timeBucket(@Nullable String width, @Nullable Value time, Value... origin)
			throws SQLException {
		LocalDateTime dateTime = MySqlTemporals.dateTime(time);
		LocalDateTime start = (origin.length > 0) ? MySqlTemporals.dateTime(origin[0]) : DEFAULT_BUCKET_ORIGIN;
		if (width == null || dateTime == null || start == null) {
			return null;
		}
		long widthNanos = BucketWidth.parse(width).toNanos();
		long offset = Math.floorMod(Duration.between(start, dateTime).toNanos(), widthNanos);
		return dateTime.minusNanos(offset);
	}

	/**
	 * {@code EXTRACT(unit FROM date)} for MySQL's composite units, called as {@code SS_EXTRACT_COMPOSITE(unit, date)}:
	 * the fields written one after the other as one number ({@code YEAR_MONTH} of 2010-04-02 is 201004).
	 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/extract/">
	 * EXTRACT</a>
	 */
	public static @Nullable Long extractComposite(String unit, @Nullable Value date) throws SQLException {
		LocalDateTime value = MySqlTemporals.dateTime(date);
		return (value != null) ? CompositeInterval.fields(unit.strip().toUpperCase(Locale.ROOT), value) : null;
	}

	private static @Nullable String shift(@Nullable Value date, @Nullable Value amount, @Nullable String unit,
			int sign) throws SQLException {
		LocalDateTime start = MySqlTemporals.dateTime(date);
		if (start == null || SqlArguments.isNull(amount) || unit == null) {
			return null;
		}
		String name = unit.strip().toUpperCase(Locale.ROOT);
		if (name.contains("_")) {
			LocalDateTime shifted = CompositeInterval.parse(name, amount.getString()).addTo(start, sign);
			boolean dateResult = MySqlTemporals.isDateOnly(date) && name.equals("YEAR_MONTH");
			return dateResult ? MySqlTemporals.formatDate(shifted.toLocalDate()) : MySqlTemporals.formatDateTime(shifted);
		}
		long count = sign * SqlArguments.number(amount).setScale(0, RoundingMode.HALF_UP).longValue();
		LocalDateTime shifted = switch (name) {
			case "MICROSECOND" -> start.plus(count, ChronoUnit.MICROS);
			case "SECOND" -> start.plusSeconds(count);
			case "MINUTE" -> start.plusMinutes(count);
			case "HOUR" -> start.plusHours(count);
			case "DAY" -> start.plusDays(count);
			case "WEEK" -> start.plusWeeks(count);
			case "MONTH" -> start.plusMonths(count);
			case "QUARTER" -> start.plusMonths(3 * count);
			case "YEAR" -> start.plusYears(count);
			default -> throw SingleStoreErrors.unknown("Unsupported interval unit " + unit);
		};
		boolean dateResult = MySqlTemporals.isDateOnly(date) && name.matches("DAY|WEEK|MONTH|QUARTER|YEAR");
		return dateResult ? MySqlTemporals.formatDate(shifted.toLocalDate()) : MySqlTemporals.formatDateTime(shifted);
	}

}
