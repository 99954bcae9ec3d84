package io.github.singlestorehttp.local.result;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes dates and times as MySQL prints them: {@code YYYY-MM-DD}, {@code HH:MM:SS} (TIME values {@code [-]HHH:MM:SS})
 * and
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
		return withFraction(TIME.format(time), time.getNano(), fractionDigits);
	}

	/**
	 * A TIME printed by the database ({@code [-]HHH:MM:SS[.f…]}) with exactly the column's fraction digits.
	 */
	static String time(String text, int fractionDigits) {
		int dot = text.indexOf('.');
		if (dot < 0) {
			return withFraction(text, 0, fractionDigits);
		}
		String fraction = (text.substring(dot + 1) + "000000000").substring(0, NANO_DIGITS);
		return withFraction(text.substring(0, dot), Integer.parseInt(fraction), fractionDigits);
	}

	/**
	 * A MySQL TIME, which may be negative and may pass 23 hours: {@code [-]HH:MM:SS}, with at least two digits of
	 * hours ({@code 838:59:59}, {@code -00:00:01}).
	 */
	static String duration(Duration duration, int fractionDigits) {
		Duration magnitude = duration.abs();
		String text = String.format("%s%02d:%02d:%02d", duration.isNegative() ? "-" : "", magnitude.toHours(),
				magnitude.toMinutesPart(), magnitude.toSecondsPart());
		return withFraction(text, magnitude.toNanosPart(), fractionDigits);
	}

	private static String withFraction(String text, int nanos, int fractionDigits) {
		if (fractionDigits <= 0) {
			return text;
		}
		return text + '.' + String.format("%09d", nanos).substring(0, Math.min(fractionDigits, NANO_DIGITS));
	}

	static String dateTime(LocalDateTime dateTime, int fractionDigits) {
		return date(dateTime.toLocalDate()) + ' ' + time(dateTime.toLocalTime(), fractionDigits);
	}

}
