package io.github.singlestorehttp.local.h2;

import java.util.Locale;
import java.util.Map;

import io.github.singlestorehttp.local.dialect.DialectException;

/**
 * The format models of SingleStore's {@code TRUNC(date, 'format')} and the {@code DATE_TRUNC} units they stand for
 * ("TRUNC" reference page: {@code YYYY}, {@code YEAR} … truncate to the year, {@code Q} to the quarter,
 * {@code MM}, {@code MONTH} … to the month, {@code DD}, {@code DDD}, {@code J} to the day, {@code HH},
 * {@code HH12}, {@code HH24} to the hour, {@code MI} to the minute, {@code IW}, {@code WW} to the week).
 */
final class TruncFormat {

	private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("SYYYY", "year"),
			Map.entry("YYYY", "year"), Map.entry("YEAR", "year"), Map.entry("SYEAR", "year"), Map.entry("YYY", "year"),
			Map.entry("YY", "year"), Map.entry("Y", "year"), Map.entry("Q", "quarter"), Map.entry("MONTH", "month"),
			Map.entry("MON", "month"), Map.entry("MM", "month"), Map.entry("RM", "month"), Map.entry("WW", "week"),
			Map.entry("IW", "week"), Map.entry("DDD", "day"), Map.entry("DD", "day"), Map.entry("J", "day"),
			Map.entry("HH", "hour"), Map.entry("HH12", "hour"), Map.entry("HH24", "hour"), Map.entry("MI", "minute"));

	private TruncFormat() {
	}

	static String unit(String format) throws DialectException {
		String unit = UNITS.get(format.strip().toUpperCase(Locale.ROOT));
		if (unit == null) {
			throw new DialectException(1105, "HY000", "Unknown TRUNC format '" + format + "'");
		}
		return unit;
	}

}
