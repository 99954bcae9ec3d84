package io.github.singlestorehttp.local.result;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes dates and times as MySQL prints them: {@code YYYY-MM-DD}, {@code HH:MM:SS} and
 * {@code YYYY-MM-DD HH:MM:SS}, followed by exactly as many fraction digits as the column's fractional-seconds
 * precision.
 */
final class TemporalText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final int NANO_DIGITS = 9;

	private TemporalText() {
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}

	static String time(LocalTime time, int fractionDigits) {
		String text = TIME.format(time);
		if (fractionDigits <= 0) {
			return text;
		}
		String nanos = String.format("%09d", time.getNano());
		return text + '.' + nanos.substring(0, Math.min(fractionDigits, NANO_DIGITS));
	}

	static String dateTime(LocalDateTime dateTime, int fractionDigits) {
		return date(dateTime.toLocalDate()) + ' ' + time(dateTime.toLocalTime(), fractionDigits);
	}

}
