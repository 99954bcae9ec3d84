package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link DateFunctions} called through H2 under their {@code SS_} names. Expected values are the examples of the
 * MySQL 8.0 reference (https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html).
 */
class DateFunctionsTest extends FunctionsDatabase {

	@Test
	void dateFormatSupportsEverySpecifier() throws SQLException {
		assertThat(value("SELECT SS_DATE_FORMAT('2009-10-04 22:23:00', '%W %M %Y')")).isEqualTo("Sunday October 2009");
		assertThat(value("SELECT SS_DATE_FORMAT('2007-10-04 22:23:00', '%H:%i:%s')")).isEqualTo("22:23:00");
		assertThat(value("SELECT SS_DATE_FORMAT('1900-10-04 22:23:00', '%D %y %a %d %m %b %j')"))
			.isEqualTo("4th 00 Thu 04 10 Oct 277");
		assertThat(value("SELECT SS_DATE_FORMAT('1997-10-04 22:23:00', '%H %k %I %r %T %S %w')"))
			.isEqualTo("22 22 10 10:23:00 PM 22:23:00 00 6");
		assertThat(value("SELECT SS_DATE_FORMAT('1999-01-01', '%X %V')")).isEqualTo("1998 52");
		assertThat(value("SELECT SS_DATE_FORMAT(TIMESTAMP '2020-01-02 03:04:05.123456', "
				+ "'%f %U %u %v %x %e %c %l %p %%')"))
			.isEqualTo("123456 00 01 01 2020 2 1 3 AM %");
		assertThat(value("SELECT SS_DATE_FORMAT(DATE '2020-02-03', '%Y-%m-%d %H')")).isEqualTo("2020-02-03 00");
		assertThat(value("SELECT SS_DATE_FORMAT('not a date', '%Y')")).isNull();
	}

	@Test
	void timeFormatAllowsHoursAboveTwentyThree() throws SQLException {
		assertThat(value("SELECT SS_TIME_FORMAT('100:00:00', '%H %k %h %I %l')")).isEqualTo("100 100 04 04 4");
	}

	@Test
	void strToDateReturnsTheTypeTheFormatDescribes() throws SQLException {
		assertThat(value("SELECT SS_STR_TO_DATE('01,5,2013', '%d,%m,%Y')")).isEqualTo("2013-05-01");
		assertThat(value("SELECT SS_STR_TO_DATE('May 1, 2013', '%M %d,%Y')")).isEqualTo("2013-05-01");
		assertThat(value("SELECT SS_STR_TO_DATE('a09:30:17', 'a%h:%i:%s')")).isEqualTo("09:30:17");
		assertThat(value("SELECT SS_STR_TO_DATE('a09:30:17', '%h:%i:%s')")).isNull();
		assertThat(value("SELECT SS_STR_TO_DATE('09:30:17a', '%h:%i:%s')")).isEqualTo("09:30:17");
		assertThat(value("SELECT SS_STR_TO_DATE('2013-05-01 10:11:12 PM', '%Y-%m-%d %r')"))
			.isEqualTo("2013-05-01 22:11:12");
	}

	@Test
	void dateAddKeepsDatesForDayUnitsAndMovesToDateTimesForTimeUnits() throws SQLException {
		assertThat(value("SELECT SS_DATE_ADD('2018-05-01', 1, 'DAY')")).isEqualTo("2018-05-02");
		assertThat(value("SELECT SS_DATE_ADD(DATE '2018-05-01', 1, 'DAY')")).isEqualTo("2018-05-02");
		assertThat(value("SELECT SS_DATE_SUB('2018-05-01', 1, 'YEAR')")).isEqualTo("2017-05-01");
		assertThat(value("SELECT SS_DATE_ADD('2020-12-31 23:59:59', 1, 'SECOND')")).isEqualTo("2021-01-01 00:00:00");
		assertThat(value("SELECT SS_DATE_ADD('2018-12-31 23:59:59', 1, 'DAY')")).isEqualTo("2019-01-01 23:59:59");
		assertThat(value("SELECT SS_DATE_SUB('2025-01-01 00:00:00', 1, 'SECOND')")).isEqualTo("2024-12-31 23:59:59");
		assertThat(value("SELECT SS_DATE_ADD('1992-12-31 23:59:59.000002', 1, 'MICROSECOND')"))
			.isEqualTo("1992-12-31 23:59:59.000003");
		assertThat(value("SELECT SS_DATE_ADD('2024-03-30', 1, 'MONTH')")).isEqualTo("2024-04-30");
		assertThat(value("SELECT SS_DATE_ADD('2024-01-31', 1, 'MONTH')")).isEqualTo("2024-02-29");
		assertThat(value("SELECT SS_DATE_ADD('2018-05-01', 1, 'HOUR')")).isEqualTo("2018-05-01 01:00:00");
		assertThat(value("SELECT SS_ADDDATE('2008-01-02', 31)")).isEqualTo("2008-02-02");
		assertThat(value("SELECT SS_SUBDATE('2008-01-02 12:00:00', 31)")).isEqualTo("2007-12-02 12:00:00");
	}

	@Test
	void dayArithmetic() throws SQLException {
		assertThat(value("SELECT SS_DATEDIFF('2007-12-31 23:59:59', '2007-12-30')")).isEqualTo(1L);
		assertThat(value("SELECT SS_DATEDIFF('2010-11-30 23:59:59', '2010-12-31')")).isEqualTo(-31L);
		assertThat(value("SELECT SS_WEEKDAY('2008-02-03 22:23:00')")).isEqualTo(6L);
		assertThat(value("SELECT SS_WEEKDAY('2007-11-06')")).isEqualTo(1L);
		assertThat(value("SELECT SS_TO_DAYS(950501)")).isNull();
		assertThat(value("SELECT SS_TO_DAYS('2007-10-07')")).isEqualTo(733321L);
		assertThat(value("SELECT SS_MAKEDATE(2011, 31)", LocalDate.class)).isEqualTo(LocalDate.of(2011, 1, 31));
		assertThat(value("SELECT SS_MAKEDATE(2011, 32)", LocalDate.class)).isEqualTo(LocalDate.of(2011, 2, 1));
		assertThat(value("SELECT SS_MAKEDATE(2011, 365)", LocalDate.class)).isEqualTo(LocalDate.of(2011, 12, 31));
		assertThat(value("SELECT SS_MAKEDATE(2014, 365)", LocalDate.class)).isEqualTo(LocalDate.of(2014, 12, 31));
		assertThat(value("SELECT SS_MAKEDATE(2011, 0)")).isNull();
		assertThat(value("SELECT SS_YEARWEEK('1987-01-01')")).isEqualTo(198652L);
		assertThat(value("SELECT SS_WEEKOFYEAR('2008-02-20')")).isEqualTo(8L);
	}

	@Test
	void timeParts() throws SQLException {
		assertThat(value("SELECT SS_HOUR('10:05:03')")).isEqualTo(10L);
		assertThat(value("SELECT SS_HOUR('272:59:59')")).isEqualTo(272L);
		assertThat(value("SELECT SS_MINUTE('2008-02-03 10:05:03')")).isEqualTo(5L);
		assertThat(value("SELECT SS_SECOND('10:05:03')")).isEqualTo(3L);
		assertThat(value("SELECT SS_SECOND(TIME '10:05:03')")).isEqualTo(3L);
		assertThat(value("SELECT SS_MICROSECOND('12:00:00.123456')")).isEqualTo(123456L);
		assertThat(value("SELECT SS_MICROSECOND('2019-12-31 23:59:59.000010')")).isEqualTo(10L);
		assertThat(value("SELECT SS_TIME('2003-12-31 01:02:03')")).isEqualTo("01:02:03");
		assertThat(value("SELECT SS_TIME('2003-12-31 01:02:03.000123')")).isEqualTo("01:02:03.000123");
		assertThat(value("SELECT SS_SEC_TO_TIME(2378)")).isEqualTo("00:39:38");
		assertThat(value("SELECT SS_TIME_TO_SEC('22:23:00')")).isEqualTo(80580L);
		assertThat(value("SELECT SS_TIME_TO_SEC('00:39:38')")).isEqualTo(2378L);
	}

	@Test
	void timeArithmetic() throws SQLException {
		assertThat(value("SELECT SS_TIMEDIFF('2000-01-01 00:00:00', '2000-01-01 00:00:00.000001')"))
			.isEqualTo("-00:00:00.000001");
		assertThat(value("SELECT SS_TIMEDIFF('2008-12-31 23:59:59.000001', '2008-12-30 01:01:01.000002')"))
			.isEqualTo("46:58:57.999999");
		assertThat(value("SELECT SS_ADDTIME('2007-12-31 23:59:59.999999', '1 1:1:1.000002')"))
			.isEqualTo("2008-01-02 01:01:01.000001");
		assertThat(value("SELECT SS_ADDTIME('01:00:00.999999', '02:00:00.999998')")).isEqualTo("03:00:01.999997");
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/to-timestamp/
	@Test
	void toTimestampAndToDateReadSingleStoreFormatSpecifiers() throws SQLException {
		assertThat(dateTime("SELECT SS_TO_TIMESTAMP('The date and time are 01/01/2018 2:30:15.123456', "
				+ "'The date and time are MM/DD/YYYY HH:MI:SS.FF6')"))
			.isEqualTo(LocalDateTime.of(2018, 1, 1, 2, 30, 15, 123_456_000));
		assertThat(dateTime("SELECT SS_TO_TIMESTAMP('01/01/2018 2:30:15 PM', 'MM-DD-YYYY HH12:MI:SS AM')"))
			.isEqualTo(LocalDateTime.of(2018, 1, 1, 14, 30, 15));
		assertThat(value("SELECT SS_TO_DATE('March 5, 2019', 'MONTH DD, YYYY')", LocalDate.class))
			.isEqualTo(LocalDate.of(2019, 3, 5));
		assertThat(value("SELECT SS_TO_DATE('x2019', 'y YYYY')")).isNull();
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> value("SELECT SS_TO_DATE('13/01/2019', 'MM/DD/YYYY')"))
			.withMessageStartingWith("Invalid date/time value for TO_DATE");
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/to-char/
	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			DATE '2018-03-01'                    | MM/DD                        | 03/01
			DATE '2018-03-01'                    | The year is YYYY             | The year is 2018
			'2018-03-01 14:05:06.123456'         | HH12:MI:SS.FF3 PM DY MON D   | 02:05:06.123 PM Thu Mar 5
			TIMESTAMP '2018-03-01 09:05:06.1234' | MONTH DD, YY HH24 A.M. FF    | March 01, 18 09 A.M. 12
			""")
	void toCharWritesSingleStoreFormatSpecifiers(String value, String format, String text) throws SQLException {
		assertThat(value("SELECT SS_TO_CHAR(" + value + ", '" + format + "')")).isEqualTo(text);
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/date-trunc/
	// https://docs.singlestore.com/cloud/reference/sql-reference/time-series-functions/time-bucket/
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			SS_DATE_TRUNC('hour', '2016-08-08 12:05:31')                                    | 2016-08-08T12:00
			SS_DATE_TRUNC('minute', '2016-08-08 12:05:31')                                  | 2016-08-08T12:05
			SS_DATE_TRUNC('week', TIMESTAMP '2020-02-09 10:11:12')                          | 2020-02-03T00:00
			SS_DATE_TRUNC('quarter', DATE '2020-05-06')                                     | 2020-04-01T00:00
			SS_TIME_BUCKET('1d', '2020-02-03 10:11:12')                                     | 2020-02-03T00:00
			SS_TIME_BUCKET('1w', '2020-02-06 10:11:12')                                     | 2020-02-03T00:00
			SS_TIME_BUCKET('INTERVAL 15 MINUTE', '2020-02-03 10:11:12')                     | 2020-02-03T10:00
			SS_TIME_BUCKET('1h4m', '1999-12-31 23:59:59', '2000-01-01 00:00:00')            | 1999-12-31T22:56
			SS_TIME_BUCKET('7d', '2020-02-06 10:11:12', '2020-01-01 08:00:00')              | 2020-02-05T08:00
			""")
	void truncationsAndBucketsStartOnMondaysOrTheOrigin(String call, LocalDateTime start) throws SQLException {
		assertThat(dateTime("SELECT " + call)).isEqualTo(start);
	}

	@Test
	void timeBucketRefusesUnknownWidths() {
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> value("SELECT SS_TIME_BUCKET('1 fortnight', '2020-02-06 10:11:12')"))
			.satisfies((error) -> assertThat(error.getErrorCode()).isEqualTo(1210));
	}

	@Test
	void currentTimes() throws SQLException {
		LocalDateTime utc = dateTime("SELECT SS_UTC_TIMESTAMP()");
		assertThat(utc.toEpochSecond(ZoneOffset.UTC))
			.isCloseTo(LocalDateTime.now(ZoneOffset.UTC).toEpochSecond(ZoneOffset.UTC), within(5L));
		assertThat(dateTime("SELECT SS_SYSDATE()")).isNotNull();
	}

	private @Nullable LocalDateTime dateTime(String query) throws SQLException {
		return value(query, LocalDateTime.class);
	}

}
