package io.github.singlestorehttp.client.codec;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * Reads the DATE, DATETIME and TIME text SingleStore sends, straight from the parser's characters and by
 * position: on wide results this is the decoder's hottest path, and neither a {@code String} per value nor
 * {@code DateTimeFormatter} is needed for fixed layouts. One instance serves every value of a decoder, pointed
 * at each value's characters in turn, so that reading a value allocates nothing but its result.
 * <p>
 * Not thread-safe.
 */
final class TemporalText {

	private static final int HOURS_PER_DAY = 24;

	private static final int MAX_HOUR_DIGITS = 9;

	private static final int MAX_FRACTION_DIGITS = 9;

	private char[] chars = {};

	private int start;

	private int length;

	private int hours;

	private int minutes;

	private int seconds;

	private int nanos;

	/**
	 * Point at the characters of the next value, read in place.
	 * @param chars the buffer holding the text
	 * @param start where the text starts in the buffer
	 * @param length how long the text is
	 * @return this reader
	 */
	TemporalText at(char[] chars, int start, int length) {
		this.chars = chars;
		this.start = start;
		this.length = length;
		return this;
	}

	/**
	 * Read a DATE: {@code yyyy-MM-dd}.
	 * @return the date, or {@code null} for MySQL's zero date
	 */
	@Nullable LocalDate date() {
		if (this.length != 10) {
			throw invalid("DATE");
		}
		return dateAt(0);
	}

	/**
	 * Read a DATETIME or TIMESTAMP: {@code yyyy-MM-dd HH:mm:ss[.fraction]}, also with a {@code T}.
	 * @return the date and time, or {@code null} for MySQL's zero date
	 */
	@Nullable LocalDateTime dateTime() {
		if (this.length < 19 || (charAt(10) != ' ' && charAt(10) != 'T')) {
			throw invalid("DATETIME");
		}
		LocalDate date = dateAt(0);
		readClock(11);
		return (date != null) ? LocalDateTime.of(date, localTime()) : null;
	}

	/**
	 * Read a TIME: {@code [-]H…H:mm:ss[.fraction]}, hours up to 838 either way.
	 * @return a {@link LocalTime} within a day, otherwise a {@link Duration}
	 */
	Object time() {
		boolean negative = this.length > 0 && charAt(0) == '-';
		readClock(negative ? 1 : 0);
		if (!negative && this.hours < HOURS_PER_DAY) {
			return localTime();
		}
		Duration duration = Duration.ofSeconds(this.hours * 3600L + this.minutes * 60L + this.seconds, this.nanos);
		return negative ? duration.negated() : duration;
	}

	private @Nullable LocalDate dateAt(int from) {
		if (charAt(from + 4) != '-' || charAt(from + 7) != '-') {
			throw invalid("date");
		}
		int year = digits(from, from + 4);
		int month = digits(from + 5, from + 7);
		int day = digits(from + 8, from + 10);
		if (year == 0 && month == 0 && day == 0) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/** Read {@code H…H:mm:ss[.fraction]} into {@link #hours}, {@link #minutes}, {@link #seconds}, {@link #nanos}. */
	private void readClock(int from) {
		int hoursEnd = indexOfColon(from);
		if (hoursEnd <= from || hoursEnd - from > MAX_HOUR_DIGITS || this.length < hoursEnd + 6
				|| charAt(hoursEnd + 3) != ':') {
			throw invalid("time");
		}
		this.hours = digits(from, hoursEnd);
		this.minutes = digits(hoursEnd + 1, hoursEnd + 3);
		this.seconds = digits(hoursEnd + 4, hoursEnd + 6);
		if (this.minutes > 59 || this.seconds > 59) {
			throw invalid("time");
		}
		this.nanos = (this.length > hoursEnd + 6) ? fraction(hoursEnd + 6) : 0;
	}

	private LocalTime localTime() {
		if (this.hours >= HOURS_PER_DAY) {
			throw invalid("time of day");
		}
		return LocalTime.of(this.hours, this.minutes, this.seconds, this.nanos);
	}

	private int fraction(int dot) {
		int fractionDigits = this.length - dot - 1;
		if (charAt(dot) != '.' || fractionDigits == 0 || fractionDigits > MAX_FRACTION_DIGITS) {
			throw invalid("fraction of a second");
		}
		int nanos = digits(dot + 1, this.length);
		for (int i = fractionDigits; i < MAX_FRACTION_DIGITS; i++) {
			nanos *= 10;
		}
		return nanos;
	}

	private int digits(int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = charAt(i);
			if (c < '0' || c > '9') {
				throw invalid("digit at " + i);
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private int indexOfColon(int from) {
		for (int i = from; i < this.length; i++) {
			if (charAt(i) == ':') {
				return i;
			}
		}
		return -1;
	}

	private char charAt(int index) {
		return this.chars[this.start + index];
	}

	private IllegalArgumentException invalid(String what) {
		return new IllegalArgumentException(
				"Not a " + what + ": " + new String(this.chars, this.start, this.length));
	}

}
