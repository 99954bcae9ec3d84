package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Writes and reads text with the format specifiers of SingleStore's {@code TO_CHAR}, {@code TO_DATE} and
 * {@code TO_TIMESTAMP} ({@code YYYY},
 * {@code YY}, {@code RR}, {@code MON}, {@code MONTH}, {@code MM}, {@code D}, {@code DY}, {@code DD}, {@code HH24},
 * {@code HH}/{@code HH12}, {@code MI}, {@code SS}, {@code FFn}, {@code AM}/{@code PM}/{@code A.M.}/{@code P.M.}).
 * Specifiers are upper case, as the documentation writes them, so that lower-case words of the format are literal
 * text. When reading, other characters must appear at the same place in the text, except that any punctuation stands
 * for any other.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/to-timestamp/">
 * TO_TIMESTAMP</a>
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/to-char/">TO_CHAR
 * format specifiers</a>
 */
final class FormatModel {

	private static final String[] SPECIFIERS = { "YYYY", "YY", "RR", "MONTH", "MON", "MM", "DY", "DD", "D", "HH24",
			"HH12", "HH", "MI", "SS", "FF", "A.M.", "P.M.", "AM", "PM" };

	private static final int HALF_DAY = 12;

	private static final int CENTURY = 100;

	private static final int MAX_FRACTION_DIGITS = 9;

	private static final int DEFAULT_WRITTEN_FRACTION_DIGITS = 2;

	private final String text;

	private final String format;

	private int textPosition;

	private int formatPosition;

	private int year = 1;

	private int month = 1;

	private int day = 1;

	private int hour;

	private int minute;

	private int second;

	private int nanos;

	private boolean twelveHourClock;

	private boolean afternoon;

	private FormatModel(String text, String format) {
		this.text = text;
		this.format = format;
	}

	/**
	 * Reads a date and time; missing fields default to the start of year 1.
	 * @return the date and time, or {@code null} when a literal character of the format is not in the text
	 * @throws SQLException when a field holds no number or an invalid value
	 */
	static @Nullable LocalDateTime parse(String text, String format, String function) throws SQLException {
		return new FormatModel(text, format).read(function);
	}

	/** Writes a date and time; characters of the format that are not specifiers are copied. */
	static String format(LocalDateTime dateTime, String format) {
		StringBuilder text = new StringBuilder();
		int position = 0;
		while (position < format.length()) {
			String specifier = specifierAt(format, position);
			if (specifier == null) {
				text.append(format.charAt(position++));
				continue;
			}
			position += specifier.length();
			if (specifier.equals("FF")) {
				int digits = DEFAULT_WRITTEN_FRACTION_DIGITS;
				if (position < format.length() && Character.isDigit(format.charAt(position))) {
					digits = Math.max(1, format.charAt(position++) - '0');
				}
				text.append(String.format("%09d", dateTime.getNano()), 0, digits);
			}
			else {
				text.append(field(dateTime, specifier));
			}
		}
		return text.toString();
	}

	private static String field(LocalDateTime dateTime, String specifier) {
		int hour = dateTime.getHour();
		return switch (specifier) {
			case "YYYY" -> String.format("%04d", dateTime.getYear());
			case "YY", "RR" -> String.format("%02d", dateTime.getYear() % CENTURY);
			case "MONTH" -> dateTime.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			case "MON" -> dateTime.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
			case "MM" -> String.format("%02d", dateTime.getMonthValue());
			case "DY" -> dateTime.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
			case "DD" -> String.format("%02d", dateTime.getDayOfMonth());
			case "D" -> Integer.toString(MySqlWeeks.weekday(dateTime.toLocalDate(), true) + 1);
			case "HH24" -> String.format("%02d", hour);
			case "HH12", "HH" -> String.format("%02d", (hour % HALF_DAY == 0) ? HALF_DAY : hour % HALF_DAY);
			case "MI" -> String.format("%02d", dateTime.getMinute());
			case "SS" -> String.format("%02d", dateTime.getSecond());
			case "A.M.", "P.M." -> (hour < HALF_DAY) ? "A.M." : "P.M.";
			default -> (hour < HALF_DAY) ? "AM" : "PM";
		};
	}

	private @Nullable LocalDateTime read(String function) throws SQLException {
		while (this.formatPosition < this.format.length()) {
			String specifier = specifierAt(this.format, this.formatPosition);
			if (specifier == null) {
				if (!literal()) {
					return null;
				}
			}
			else {
				this.formatPosition += specifier.length();
				if (!field(specifier, function)) {
					throw invalid(function);
				}
			}
		}
		try {
			int hourOfDay = this.twelveHourClock ? (this.hour % HALF_DAY) + (this.afternoon ? HALF_DAY : 0) : this.hour;
			return LocalDate.of(this.year, this.month, this.day)
				.atTime(hourOfDay, this.minute, this.second, this.nanos);
		}
		catch (DateTimeException outOfRange) {
			throw invalid(function);
		}
	}

	private static @Nullable String specifierAt(String format, int position) {
		for (String specifier : SPECIFIERS) {
			if (format.startsWith(specifier, position)) {
				return specifier;
			}
		}
		return null;
	}

	private boolean field(String specifier, String function) throws SQLException {
		return switch (specifier) {
			case "YYYY" -> (this.year = number(4)) >= 0;
			case "YY" -> (this.year = twoDigitYear(false)) >= 0;
			case "RR" -> (this.year = twoDigitYear(true)) >= 0;
			case "MONTH", "MON" -> (this.month = monthName()) > 0;
			case "MM" -> (this.month = number(2)) >= 0;
			case "DD" -> (this.day = number(2)) >= 0;
			case "D" -> number(1) >= 0;
			case "DY" -> letters() == 3;
			case "HH24" -> (this.hour = number(2)) >= 0;
			case "HH12", "HH" -> {
				this.twelveHourClock = true;
				yield (this.hour = number(2)) >= 0;
			}
			case "MI" -> (this.minute = number(2)) >= 0;
			case "SS" -> (this.second = number(2)) >= 0;
			case "FF" -> fraction();
			default -> meridiem();
		};
	}

	private int twoDigitYear(boolean previousCenturyAboveFifty) {
		int twoDigits = number(2);
		if (twoDigits < 0) {
			return -1;
		}
		int currentCentury = LocalDate.now().getYear() / CENTURY * CENTURY;
		return (previousCenturyAboveFifty && twoDigits >= 50) ? currentCentury - CENTURY + twoDigits
				: currentCentury + twoDigits;
	}

	private boolean fraction() {
		int digits = MAX_FRACTION_DIGITS;
		if (this.formatPosition < this.format.length() && Character.isDigit(this.format.charAt(this.formatPosition))) {
			digits = this.format.charAt(this.formatPosition) - '0';
			this.formatPosition++;
		}
		int start = this.textPosition;
		int value = number(digits);
		if (value < 0) {
			return digits == 0;
		}
		this.nanos = value * (int) Math.pow(10, MAX_FRACTION_DIGITS - (this.textPosition - start));
		return true;
	}

	private boolean meridiem() {
		int start = this.textPosition;
		while (this.textPosition < this.text.length() && isMeridiemCharacter(this.text.charAt(this.textPosition))) {
			this.textPosition++;
		}
		String word = this.text.substring(start, this.textPosition).replace(".", "").toUpperCase(Locale.ROOT);
		this.afternoon = word.equals("PM");
		return this.afternoon || word.equals("AM");
	}

	private int monthName() {
		int start = this.textPosition;
		letters();
		String word = this.text.substring(start, this.textPosition);
		for (Month candidate : Month.values()) {
			String name = candidate.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			if (word.equalsIgnoreCase(name) || word.equalsIgnoreCase(name.substring(0, 3))) {
				return candidate.getValue();
			}
		}
		return -1;
	}

	private int letters() {
		int start = this.textPosition;
		while (this.textPosition < this.text.length() && Character.isLetter(this.text.charAt(this.textPosition))) {
			this.textPosition++;
		}
		return this.textPosition - start;
	}

	private int number(int maxDigits) {
		int start = this.textPosition;
		while (this.textPosition < this.text.length() && this.textPosition - start < maxDigits
				&& Character.isDigit(this.text.charAt(this.textPosition))) {
			this.textPosition++;
		}
		return (this.textPosition > start) ? Integer.parseInt(this.text.substring(start, this.textPosition)) : -1;
	}

	private boolean literal() {
		char expected = this.format.charAt(this.formatPosition++);
		if (this.textPosition >= this.text.length()) {
			return false;
		}
		char actual = this.text.charAt(this.textPosition++);
		if (isPunctuation(expected)) {
			return isPunctuation(actual);
		}
		return Character.toUpperCase(actual) == Character.toUpperCase(expected);
	}

	private static boolean isMeridiemCharacter(char character) {
		return Character.isLetter(character) || character == '.';
	}

	private static boolean isPunctuation(char character) {
		return !Character.isLetterOrDigit(character) && !Character.isWhitespace(character);
	}

	private static SQLException invalid(String function) {
		return SingleStoreErrors.unknown("Invalid date/time value for " + function + " with the given format");
	}

}
