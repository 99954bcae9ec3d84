package io.github.singlestorehttp.local.h2.functions;

import java.time.LocalDate;
import java.time.Year;

/**
 * MySQL's week numbering ({@code WEEK(date, mode)}, {@code YEARWEEK}, {@code %U %u %V %v %X %x}), transcribed from
 * the rules of the MySQL reference: the mode says whether weeks start on Sunday or Monday, whether week 1 is the
 * first week with a start day or with 4 or more days in the year, and whether weeks before week 1 count as week 0 or
 * as the last week of the previous year.
 *
 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html#function_week">MySQL: WEEK</a>
 */
final class MySqlWeeks {

	static final int MONDAY_FIRST = 1;

	static final int WEEK_YEAR = 2;

	static final int FIRST_WEEKDAY = 4;

	private static final int DAYS_PER_WEEK = 7;

	private MySqlWeeks() {
	}

	/** The behaviour flags of a {@code WEEK()} mode (0 to 7). */
	static int behaviourOfMode(long mode) {
		int behaviour = (int) (mode & 7);
		return ((behaviour & MONDAY_FIRST) == 0) ? behaviour ^ FIRST_WEEKDAY : behaviour;
	}

	/** The week of a date and the year it belongs to, for the given behaviour flags. */
	static YearWeek week(LocalDate date, int behaviour) {
		boolean mondayFirst = (behaviour & MONDAY_FIRST) != 0;
		boolean weekYear = (behaviour & WEEK_YEAR) != 0;
		boolean firstWeekday = (behaviour & FIRST_WEEKDAY) != 0;
		LocalDate firstOfYear = date.withDayOfYear(1);
		int weekday = weekday(firstOfYear, !mondayFirst);
		int year = date.getYear();
		long firstDay = firstOfYear.toEpochDay();
		if (date.getMonthValue() == 1 && date.getDayOfMonth() <= DAYS_PER_WEEK - weekday) {
			if (!weekYear && ((firstWeekday && weekday != 0) || (!firstWeekday && weekday >= 4))) {
				return new YearWeek(year, 0);
			}
			weekYear = true;
			year--;
			int days = Year.of(year).length();
			firstDay -= days;
			weekday = (weekday + 53 * DAYS_PER_WEEK - days) % DAYS_PER_WEEK;
		}
		long days = ((firstWeekday && weekday != 0) || (!firstWeekday && weekday >= 4))
				? date.toEpochDay() - (firstDay + (DAYS_PER_WEEK - weekday)) : date.toEpochDay() - (firstDay - weekday);
		if (weekYear && days >= 52 * DAYS_PER_WEEK) {
			weekday = (weekday + Year.of(year).length()) % DAYS_PER_WEEK;
			if ((!firstWeekday && weekday < 4) || (firstWeekday && weekday == 0)) {
				return new YearWeek(year + 1, 1);
			}
		}
		return new YearWeek(year, (int) (days / DAYS_PER_WEEK + 1));
	}

	/** The day of the week counted from 0: Monday first, or Sunday first. */
	static int weekday(LocalDate date, boolean sundayFirst) {
		int mondayBased = date.getDayOfWeek().getValue() - 1;
		return sundayFirst ? (mondayBased + 1) % DAYS_PER_WEEK : mondayBased;
	}

	record YearWeek(int year, int week) {
	}

}
