package io.github.singlestorehttp.local.h2.functions;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.util.IntervalUtils;
import org.h2.value.Value;
import org.h2.value.ValueInterval;
import org.h2.value.ValueTimeTimeZone;
import org.jspecify.annotations.Nullable;

/**
 * Reads date and time arguments the way MySQL accepts them — {@code DATE}, {@code DATETIME}/{@code TIMESTAMP},
 * {@code TIME} values, or text such as {@code 'YYYY-MM-DD'}, {@code 'YYYY-MM-DD HH:MM:SS[.ffffff]'} and
 * {@code '[-]HHH:MM:SS[.ffffff]'} — and prints results as MySQL prints them. Text that is not a valid date or time
 * reads as SQL {@code NULL}, as in MySQL.
 *
 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/date-and-time-literals.html">MySQL: Date and Time
 * Literals</a>
 */
final class MySqlTemporals {

	private static final Pattern DATE_TIME = Pattern.compile(
			"\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?)?"
					+ "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?\\s*");

	private static final Pattern TIME = Pattern
		.compile("\\s*(-)?(?:(\\d+) +)?(\\d{1,3}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?\\s*");

	/** A time without colons, {@code [-]HHMMSS[.ffffff]}, the last two digits being the seconds. */
	private static final Pattern DIGITS_TIME = Pattern.compile("\\s*(-)?(\\d{1,9})(?:\\.(\\d{1,9}))?\\s*");

	private static final int NANOS_PER_MICRO = 1000;

	private static final int MINUTES_PER_HOUR = 60;

	private MySqlTemporals() {
	}

	/** A date and time; a date reads as its midnight. */
	static @Nullable LocalDateTime dateTime(@Nullable Value value) {
		if (SqlArguments.isNull(value)) {
			return null;
		}
		return switch (value.getValueType()) {
			case Value.TIME, Value.TIME_TZ -> null;
			default -> parseDateTime(value.getString());
		};
	}

	/** A date; a date and time reads as its date. */
	static @Nullable LocalDate date(@Nullable Value value) {
		LocalDateTime dateTime = dateTime(value);
		return (dateTime != null) ? dateTime.toLocalDate() : null;
	}

	/** Whether a value holds a date without a time: a {@code DATE} or text such as {@code 'YYYY-MM-DD'}. */
	static boolean isDateOnly(Value value) {
		if (value.getValueType() == Value.DATE) {
			return true;
		}
		Matcher matcher = DATE_TIME.matcher(value.getString());
		return SqlArguments.isText(value) && matcher.matches() && matcher.group(4) == null;
	}

	/**
	 * A MySQL {@code TIME}: a signed duration that may exceed 24 hours; a date and time reads as its time of day. The
	 * value of a {@code TIME} column is an interval of hours to seconds ({@link TimeColumns}); a time with a time zone
	 * ({@code CURRENT_TIME}) reads as its local time.
	 */
	static @Nullable Duration time(@Nullable Value value) {
		if (SqlArguments.isNull(value)) {
			return null;
		}
		if (value.getValueType() == Value.INTERVAL_HOUR_TO_SECOND) {
			return Duration.ofNanos(IntervalUtils.intervalToAbsolute((ValueInterval) value).longValueExact());
		}
		if (value instanceof ValueTimeTimeZone timeInZone) {
			return Duration.ofNanos(timeInZone.getNanos());
		}
		String text = value.getString();
		Matcher matcher = TIME.matcher(text);
		if (matcher.matches()) {
			long days = (matcher.group(2) != null) ? Long.parseLong(matcher.group(2)) : 0;
			Duration duration = Duration.ofDays(days)
				.plusHours(Long.parseLong(matcher.group(3)))
				.plusMinutes(Long.parseLong(matcher.group(4)))
				.plusSeconds((matcher.group(5) != null) ? Long.parseLong(matcher.group(5)) : 0)
				.plusNanos(nanos(matcher.group(6)));
			return (matcher.group(1) != null) ? duration.negated() : duration;
		}
		LocalDateTime dateTime = parseDateTime(text);
		return (dateTime != null) ? Duration.ofNanos(dateTime.toLocalTime().toNanoOfDay()) : digitsTime(text);
	}

	/**
	 * A time written as digits without colons, as MySQL reads {@code 101112} ({@code 10:11:12}) and {@code 1112}
	 * ({@code 00:11:12}: "'1112' and 1112 as meaning '00:11:12'"); {@code null} when the minutes or seconds pass 59.
	 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/time.html">MySQL: The TIME Type</a>
	 */
	private static @Nullable Duration digitsTime(String text) {
		Matcher matcher = DIGITS_TIME.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		long number = Long.parseLong(matcher.group(2));
		long seconds = number % 100;
		long minutes = (number / 100) % 100;
		if (minutes >= MINUTES_PER_HOUR || seconds >= MINUTES_PER_HOUR) {
			return null;
		}
		Duration duration = Duration.ofHours(number / 10_000).plusMinutes(minutes).plusSeconds(seconds)
			.plusNanos(nanos(matcher.group(3)));
		return (matcher.group(1) != null) ? duration.negated() : duration;
	}

	static String formatDate(LocalDate date) {
		return String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** {@code YYYY-MM-DD HH:MM:SS}, with six fraction digits when the time has a fraction of a second. */
	static String formatDateTime(LocalDateTime dateTime) {
		Duration timeOfDay = Duration.ofNanos(dateTime.toLocalTime().toNanoOfDay());
		return formatDate(dateTime.toLocalDate()) + " " + formatTime(timeOfDay);
	}

	/** {@code [-]HH:MM:SS}, with six fraction digits when the time has a fraction of a second. */
	static String formatTime(Duration time) {
		Duration magnitude = time.abs();
		String text = String.format("%s%02d:%02d:%02d", time.isNegative() ? "-" : "", magnitude.toHours(),
				magnitude.toMinutesPart(), magnitude.toSecondsPart());
		int micros = magnitude.toNanosPart() / NANOS_PER_MICRO;
		return (micros != 0) ? text + String.format(".%06d", micros) : text;
	}

	static LocalTime timeOfDay(Duration time) {
		return LocalTime.ofNanoOfDay(Math.floorMod(time.toNanos(), Duration.ofDays(1).toNanos()));
	}

	private static @Nullable LocalDateTime parseDateTime(String text) {
		Matcher matcher = DATE_TIME.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
			if (matcher.group(4) == null) {
				return date.atStartOfDay();
			}
			int seconds = (matcher.group(6) != null) ? Integer.parseInt(matcher.group(6)) : 0;
			return date.atTime(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)), seconds,
					(int) nanos(matcher.group(7)));
		}
		catch (DateTimeException invalid) {
			return null;
		}
	}

	private static long nanos(@Nullable String fraction) {
		if (fraction == null) {
			return 0;
		}
		return Long.parseLong((fraction + "000000000").substring(0, 9));
	}

}
