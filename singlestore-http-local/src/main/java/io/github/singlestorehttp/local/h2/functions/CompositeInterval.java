package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * MySQL's composite interval units, such as {@code DAY_HOUR} ({@code INTERVAL '1 2' DAY_HOUR} is one day and two
 * hours) or {@code YEAR_MONTH} ({@code '1-2'}): each names the units of its fields from the largest to the smallest;
 * fields are numbers separated by any non-digit, aligned to the smallest unit when fewer are given, and a leading
 * {@code -} makes the whole interval negative.
 *
 * @param units the units of the fields, largest first
 * @param amounts the amount of each unit
 * @param negative whether the interval is negative
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/date-add/">
 * DATE_ADD</a>
 */
record CompositeInterval(List<ChronoUnit> units, long[] amounts, boolean negative) {

	private static final Map<String, ChronoUnit> UNITS = Map.of("YEAR", ChronoUnit.YEARS, "MONTH", ChronoUnit.MONTHS,
			"DAY", ChronoUnit.DAYS, "HOUR", ChronoUnit.HOURS, "MINUTE", ChronoUnit.MINUTES, "SECOND",
			ChronoUnit.SECONDS, "MICROSECOND", ChronoUnit.MICROS);

	private static final Map<ChronoUnit, ChronoField> FIELDS = Map.of(ChronoUnit.YEARS, ChronoField.YEAR,
			ChronoUnit.MONTHS, ChronoField.MONTH_OF_YEAR, ChronoUnit.DAYS, ChronoField.DAY_OF_MONTH, ChronoUnit.HOURS,
			ChronoField.HOUR_OF_DAY, ChronoUnit.MINUTES, ChronoField.MINUTE_OF_HOUR, ChronoUnit.SECONDS,
			ChronoField.SECOND_OF_MINUTE, ChronoUnit.MICROS, ChronoField.MICRO_OF_SECOND);

	private static final List<String> ORDER = List.of("YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND",
			"MICROSECOND");

	static CompositeInterval parse(String unit, String text) throws SQLException {
		List<ChronoUnit> units = units(unit);
		long[] numbers = Arrays.stream(text.strip().split("\\D+")).filter((part) -> !part.isEmpty())
			.mapToLong(Long::parseLong)
			.toArray();
		if (numbers.length == 0 || numbers.length > units.size()) {
			throw SingleStoreErrors.unknown("Incorrect interval value '" + text + "' for " + unit);
		}
		long[] amounts = new long[units.size()];
		System.arraycopy(numbers, 0, amounts, units.size() - numbers.length, numbers.length);
		return new CompositeInterval(units, amounts, text.strip().startsWith("-"));
	}

	static long fields(String unit, LocalDateTime value) throws SQLException {
		long number = 0;
		for (ChronoUnit part : units(unit)) {
			int width = (part == ChronoUnit.YEARS) ? 10_000 : (part == ChronoUnit.MICROS) ? 1_000_000 : 100;
			number = number * width + value.get(FIELDS.get(part));
		}
		return number;
	}

	private static List<ChronoUnit> units(String unit) throws SQLException {
		String[] names = unit.split("_");
		if (names.length != 2 || !ORDER.contains(names[0]) || !ORDER.contains(names[1])
				|| ORDER.indexOf(names[0]) >= ORDER.indexOf(names[1])) {
			throw SingleStoreErrors.unknown("Unsupported interval unit " + unit);
		}
		List<ChronoUnit> units = new ArrayList<>();
		for (String name : ORDER.subList(ORDER.indexOf(names[0]), ORDER.indexOf(names[1]) + 1)) {
			if (!name.equals("MICROSECOND") || names[1].equals("MICROSECOND")) {
				units.add(UNITS.get(name));
			}
		}
		return units;
	}

	LocalDateTime addTo(LocalDateTime start, int sign) {
		LocalDateTime shifted = start;
		long direction = this.negative ? -sign : sign;
		for (int index = 0; index < this.units.size(); index++) {
			shifted = shifted.plus(direction * this.amounts[index], this.units.get(index));
		}
		return shifted;
	}

}
