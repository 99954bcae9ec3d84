package io.github.singlestorehttp.local.h2.functions;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * MySQL's date format strings ({@code '%W %M %Y'}) for {@code DATE_FORMAT}, {@code TIME_FORMAT} and
 * {@code STR_TO_DATE}, with English names.
 *
 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html#function_date-format">MySQL:
 * DATE_FORMAT</a>
 */
final class MySqlDateFormat {

	private static final int NANOS_PER_MICRO = 1000;

	private static final int HALF_DAY = 12;

	/** Weeks starting on Sunday, week 1 being the first with a Sunday ({@code %U}, {@code %V}). */
	private static final int SUNDAY_WEEKS = MySqlWeeks.FIRST_WEEKDAY;

	/** Weeks starting on Monday, week 1 being the first with 4 or more days ({@code %u}, {@code %v}). */
	private static final int MONDAY_WEEKS = MySqlWeeks.MONDAY_FIRST;

	private MySqlDateFormat() {
	}

	/** Formats a date and time; {@code %x} for an unlisted {@code x} prints {@code x}. */
	static String format(LocalDateTime dateTime, String format) {
		StringBuilder text = new StringBuilder();
		for (int index = 0; index < format.length(); index++) {
			char character = format.charAt(index);
			if (character != '%' || index + 1 == format.length()) {
				text.append(character);
			}
			else {
				index++;
				text.append(field(dateTime, format.charAt(index)));
			}
		}
		return text.toString();
	}

	/**
	 * Formats a MySQL {@code TIME}, whose hours may exceed 23, with the time specifiers only.
	 * @return the text, or {@code null} when the format holds a date specifier
	 */
	static @Nullable String formatTime(Duration time, String format) {
		Duration magnitude = time.abs();
		long hours = magnitude.toHours();
		StringBuilder text = new StringBuilder(time.isNegative() ? "-" : "");
		for (int index = 0; index < format.length(); index++) {
			char character = format.charAt(index);
			if (character != '%' || index + 1 == format.length()) {
				text.append(character);
				continue;
			}
			index++;
			char specifier = format.charAt(index);
			switch (specifier) {
				case 'H' -> text.append(String.format("%02d", hours));
				case 'k' -> text.append(hours);
				case 'h', 'I' -> text.append(String.format("%02d", twelveHour(hours)));
				case 'l' -> text.append(twelveHour(hours));
				case 'i', 'S', 's', 'f', 'p', 'r', 'T', '%' -> text.append(
						field(LocalDate.EPOCH.atTime(MySqlTemporals.timeOfDay(Duration.ofHours(hours % 24)
							.plusMinutes(magnitude.toMinutesPart())
							.plusSeconds(magnitude.toSecondsPart())
							.plusNanos(magnitude.toNanosPart()))), specifier));
				default -> {
					return null;
				}
			}
		}
		return text.toString();
	}

	/**
	 * Parses text with a format as {@code STR_TO_DATE} does: literal characters must match, text left after the
	 * format is ignored.
	 * @return the date and time read, or {@code null} when the text does not match or names no valid date or time
	 */
	static @Nullable Parsed parse(String text, String format) {
		return new Parser(text).parse(format);
	}

	private static String field(LocalDateTime dateTime, char specifier) {
		LocalDate date = dateTime.toLocalDate();
		LocalTime time = dateTime.toLocalTime();
		return switch (specifier) {
			case 'a' -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
			case 'b' -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
			case 'c' -> Integer.toString(date.getMonthValue());
			case 'D' -> date.getDayOfMonth() + ordinalSuffix(date.getDayOfMonth());
			case 'd' -> String.format("%02d", date.getDayOfMonth());
			case 'e' -> Integer.toString(date.getDayOfMonth());
			case 'f' -> String.format("%06d", time.getNano() / NANOS_PER_MICRO);
			case 'H' -> String.format("%02d", time.getHour());
			case 'h', 'I' -> String.format("%02d", twelveHour(time.getHour()));
			case 'i' -> String.format("%02d", time.getMinute());
			case 'j' -> String.format("%03d", date.getDayOfYear());
			case 'k' -> Integer.toString(time.getHour());
			case 'l' -> Long.toString(twelveHour(time.getHour()));
			case 'M' -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			case 'm' -> String.format("%02d", date.getMonthValue());
			case 'p' -> (time.getHour() < HALF_DAY) ? "AM" : "PM";
			case 'r' -> String.format("%02d:%02d:%02d %s", twelveHour(time.getHour()), time.getMinute(),
					time.getSecond(), (time.getHour() < HALF_DAY) ? "AM" : "PM");
			case 'S', 's' -> String.format("%02d", time.getSecond());
			case 'T' -> String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
			case 'U' -> String.format("%02d", MySqlWeeks.week(date, SUNDAY_WEEKS).week());
			case 'u' -> String.format("%02d", MySqlWeeks.week(date, MONDAY_WEEKS).week());
			case 'V' -> String.format("%02d", MySqlWeeks.week(date, SUNDAY_WEEKS | MySqlWeeks.WEEK_YEAR).week());
			case 'v' -> String.format("%02d", MySqlWeeks.week(date, MONDAY_WEEKS | MySqlWeeks.WEEK_YEAR).week());
			case 'W' -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			case 'w' -> Integer.toString(MySqlWeeks.weekday(date, true));
			case 'X' -> String.format("%04d", MySqlWeeks.week(date, SUNDAY_WEEKS | MySqlWeeks.WEEK_YEAR).year());
			case 'x' -> String.format("%04d", MySqlWeeks.week(date, MONDAY_WEEKS | MySqlWeeks.WEEK_YEAR).year());
			case 'Y' -> String.format("%04d", date.getYear());
			case 'y' -> String.format("%02d", Math.floorMod(date.getYear(), 100));
			default -> String.valueOf(specifier);
		};
	}

	private static long twelveHour(long hour) {
		long twelve = hour % HALF_DAY;
		return (twelve == 0) ? HALF_DAY : twelve;
	}

	private static String ordinalSuffix(int day) {
		if (day / 10 == 1) {
			return "th";
		}
		return switch (day % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

	/** What {@code STR_TO_DATE} read: a date, a time, or both. */
	record Parsed(@Nullable LocalDate date, @Nullable LocalTime time) {
	}

	/** Reads text against a format, one specifier at a time. */
	private static final class Parser {

		private static final String DATE_SPECIFIERS = "YymcdeDjMb";

		private final String text;

		private int position;

		private int year = -1;

		private int month = -1;

		private int day = -1;

		private int dayOfYear = -1;

		private int hour = -1;

		private int minute;

		private int second;

		private int nanos;

		private boolean afternoon;

		private boolean twelveHourClock;

		private boolean hasTime;

		private boolean hasDate;

		Parser(String text) {
			this.text = text;
		}

		@Nullable Parsed parse(String format) {
			for (int index = 0; index < format.length(); index++) {
				char character = format.charAt(index);
				boolean matched = (character == '%' && index + 1 < format.length()) ? read(format.charAt(++index))
						: literal(character);
				if (!matched) {
					return null;
				}
			}
			return result();
		}

		private boolean read(char specifier) {
			this.hasDate |= DATE_SPECIFIERS.indexOf(specifier) >= 0;
			return switch (specifier) {
				case 'Y' -> (this.year = number(4)) >= 0;
				case 'y' -> {
					int twoDigits = number(2);
					this.year = (twoDigits < 70) ? 2000 + twoDigits : 1900 + twoDigits;
					yield twoDigits >= 0;
				}
				case 'm', 'c' -> (this.month = number(2)) >= 0;
				case 'd', 'e' -> (this.day = number(2)) >= 0;
				case 'D' -> (this.day = number(2)) >= 0 && letters() >= 0;
				case 'j' -> (this.dayOfYear = number(3)) >= 0;
				case 'M', 'b' -> (this.month = monthName()) > 0;
				case 'W', 'a' -> dayName();
				case 'H', 'k' -> time((this.hour = number(2)) >= 0);
				case 'h', 'I', 'l' -> {
					this.twelveHourClock = true;
					yield time((this.hour = number(2)) >= 0);
				}
				case 'i' -> time((this.minute = number(2)) >= 0);
				case 'S', 's' -> time((this.second = number(2)) >= 0);
				case 'f' -> time(fraction());
				case 'p' -> meridiem();
				case 'T' -> read('H') && literal(':') && read('i') && literal(':') && read('S');
				case 'r' -> read('h') && literal(':') && read('i') && literal(':') && read('S') && skipSpaces()
						&& meridiem();
				default -> literal(specifier);
			};
		}

		private boolean time(boolean read) {
			this.hasTime = true;
			return read;
		}

		private boolean literal(char expected) {
			if (Character.isWhitespace(expected)) {
				return skipSpaces();
			}
			if (this.position < this.text.length() && this.text.charAt(this.position) == expected) {
				this.position++;
				return true;
			}
			return false;
		}

		private boolean skipSpaces() {
			while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
				this.position++;
			}
			return true;
		}

		private int number(int maxDigits) {
			skipSpaces();
			int start = this.position;
			while (this.position < this.text.length() && this.position - start < maxDigits
					&& Character.isDigit(this.text.charAt(this.position))) {
				this.position++;
			}
			return (this.position > start) ? Integer.parseInt(this.text.substring(start, this.position)) : -1;
		}

		private boolean fraction() {
			int start = this.position;
			int micros = number(6);
			if (micros < 0) {
				return false;
			}
			int digits = this.position - start;
			this.nanos = micros * (int) Math.pow(10, 9 - digits);
			return true;
		}

		private int letters() {
			int start = this.position;
			while (this.position < this.text.length() && Character.isLetter(this.text.charAt(this.position))) {
				this.position++;
			}
			return this.position - start;
		}

		private int monthName() {
			String word = word();
			for (Month candidate : Month.values()) {
				if (matchesName(word, candidate.getDisplayName(TextStyle.FULL, Locale.ENGLISH))) {
					return candidate.getValue();
				}
			}
			return -1;
		}

		private boolean dayName() {
			String word = word();
			for (DayOfWeek candidate : DayOfWeek.values()) {
				if (matchesName(word, candidate.getDisplayName(TextStyle.FULL, Locale.ENGLISH))) {
					return true;
				}
			}
			return false;
		}

		private boolean meridiem() {
			String word = word();
			this.afternoon = word.equalsIgnoreCase("PM");
			return this.afternoon || word.equalsIgnoreCase("AM");
		}

		private String word() {
			skipSpaces();
			int start = this.position;
			letters();
			return this.text.substring(start, this.position);
		}

		private static boolean matchesName(String word, String fullName) {
			return word.length() >= 3 && (word.equalsIgnoreCase(fullName)
					|| word.equalsIgnoreCase(fullName.substring(0, 3)));
		}

		private @Nullable Parsed result() {
			try {
				LocalDate date = date();
				LocalTime time = this.hasTime ? LocalTime.of(hourOfDay(), this.minute, this.second, this.nanos) : null;
				boolean complete = (date != null || !this.hasDate) && (date != null || time != null);
				return complete ? new Parsed(date, time) : null;
			}
			catch (DateTimeException invalid) {
				return null;
			}
		}

		private @Nullable LocalDate date() {
			if (this.year < 0) {
				return null;
			}
			if (this.dayOfYear > 0) {
				return LocalDate.ofYearDay(this.year, this.dayOfYear);
			}
			return (this.month > 0 && this.day > 0) ? LocalDate.of(this.year, this.month, this.day) : null;
		}

		private int hourOfDay() {
			int value = Math.max(this.hour, 0);
			if (this.twelveHourClock) {
				value = (value % HALF_DAY) + (this.afternoon ? HALF_DAY : 0);
			}
			return value;
		}

	}

}
