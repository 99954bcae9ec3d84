-- Numeric and date/time functions. Every expectation comes from the SingleStore documentation page named by
-- the nearest preceding `-- source:`; `-- doc:` quotes the output or the sentence it was derived from.

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/numeric-functions/round/
-- doc: SELECT ROUND(3.14159, 0), ROUND(3.14159, 2); -> | 3 | 3.14 |
SELECT ROUND(3.14159, 0), ROUND(3.14159, 2);
-- rows: [[3, 3.14]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/numeric-functions/truncate/
-- doc: SELECT TRUNCATE(PI(), 5); -> 3.14159
SELECT TRUNCATE(PI(), 5);
-- rows: [[3.14159]]

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/numeric-functions/trunc/
-- doc: SELECT TRUNC(PI()); -> 3
SELECT TRUNC(PI());
-- rows: [[3]]

-- doc: SELECT TRUNC(42.422, 1); -> 42.4
SELECT TRUNC(42.422, 1);
-- rows: [[42.4]]

-- source: https://docs.singlestore.com/db/v9.0/reference/sql-reference/numeric-functions/floor/
-- doc: SELECT FLOOR(98.6), FLOOR(-98.6); -> | 98 | -99 |
SELECT FLOOR(98.6), FLOOR(-98.6);
-- rows: [[98, -99]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/numeric-functions/ceil/
-- doc: SELECT CEIL(98.6), CEILING(-98.6); -> | 99 | -98 |
SELECT CEIL(98.6), CEILING(-98.6);
-- rows: [[99, -98]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/numeric-functions/sign/
-- doc: SELECT SIGN(6), SIGN(-6), SIGN(0); -> | 1 | -1 | 0 |
SELECT SIGN(6), SIGN(-6), SIGN(0);
-- rows: [[1, -1, 0]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/date-and-time-functions/date-trunc/
-- doc: SELECT DATE_TRUNC('hour', '2016-08-08 12:05:31'); -> 2016-08-08 12:00:00
SELECT DATE_TRUNC('hour', '2016-08-08 12:05:31');
-- rows: [["2016-08-08 12:00:00"]]

-- doc: SELECT DATE_TRUNC('minute', '2016-08-08 12:05:31'); -> 2016-08-08 12:05:00
SELECT DATE_TRUNC('minute', '2016-08-08 12:05:31');
-- rows: [["2016-08-08 12:05:00"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/datediff/
-- doc: SELECT DATEDIFF('2017-03-27', '2017-03-26') AS days_til_graduation; -> 1
SELECT DATEDIFF('2017-03-27', '2017-03-26') AS days_til_graduation;
-- rows: [[1]]

-- doc: "If date1 is in the past, the function returns a negative result." -> -1
SELECT DATEDIFF('2017-03-26', '2017-03-27') AS days_til_graduation;
-- rows: [[-1]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/timestampdiff/
-- doc: SELECT TIMESTAMPDIFF(QUARTER, '2009-02-13', '2013-09-01'); -> 18
SELECT TIMESTAMPDIFF(QUARTER, '2009-02-13', '2013-09-01');
-- rows: [[18]]

-- doc: SELECT TIMESTAMPDIFF(SECOND, '2009-02-14 01:17:01', '2009-02-13 23:31:30'); -> -6331
SELECT TIMESTAMPDIFF(SECOND, '2009-02-14 01:17:01', '2009-02-13 23:31:30');
-- rows: [[-6331]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/str-to-date/
-- doc: SELECT STR_TO_DATE('March 3rd, 2015', '%M %D, %Y'); -> 2015-03-03
SELECT STR_TO_DATE('March 3rd, 2015', '%M %D, %Y');
-- rows: [["2015-03-03"]]

-- doc: SELECT STR_TO_DATE('2015-03-03 11:37:07', '%Y-%m-%d %h:%i:%s'); -> 2015-03-03 11:37:07
SELECT STR_TO_DATE('2015-03-03 11:37:07', '%Y-%m-%d %h:%i:%s');
-- rows: [["2015-03-03 11:37:07"]]

-- doc: ... AS florid; -> 2015-03-03
SELECT STR_TO_DATE('Tuesday, the 3rd day of March in that remarkable year 2015', '%W, the %D day of %M in that remarkable year %Y') AS florid;
-- rows: [["2015-03-03"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/from-unixtime/
-- doc: SELECT FROM_UNIXTIME(1234567890); -> 2009-02-13 23:31:30 ("A datetime object from the timezone set on the workspace": the doc output is UTC)
SELECT FROM_UNIXTIME(1234567890);
-- rows: [["2009-02-13 23:31:30"]]

-- doc: SELECT FROM_UNIXTIME(1234567890, '%M %D, %Y'); -> February 13th, 2009
SELECT FROM_UNIXTIME(1234567890, '%M %D, %Y');
-- rows: [["February 13th, 2009"]]

-- source: https://docs.singlestore.com/db/v9.0/reference/sql-reference/date-and-time-functions/last-day/
-- doc: SELECT LAST_DAY('2019-01-01 05:06'); -> 2019-01-31
SELECT LAST_DAY('2019-01-01 05:06');
-- rows: [["2019-01-31"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/dayname/
-- doc: SELECT DAYNAME('2014-04-18'); -> Friday
SELECT DAYNAME('2014-04-18');
-- rows: [["Friday"]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/date-and-time-functions/monthname/
-- doc: SELECT MONTHNAME('2009-02-13 23:31:30'); -> February
SELECT MONTHNAME('2009-02-13 23:31:30');
-- rows: [["February"]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/date-and-time-functions/dayofweek/
-- doc: "Sunday is 1, Monday is 2, etc." SELECT DAYOFWEEK('2014-04-18'); -> 6
SELECT DAYOFWEEK('2014-04-18');
-- rows: [[6]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/dayofyear/
-- doc: SELECT DAYOFYEAR('2014-04-18'); -> 108
SELECT DAYOFYEAR('2014-04-18');
-- rows: [[108]]

-- source: https://docs.singlestore.com/db/v8.0/reference/sql-reference/date-and-time-functions/extract/
-- doc: SELECT EXTRACT(YEAR_MONTH FROM "2010-04-02 01:23:54"); -> 201004 (string quoted with ' here)
SELECT EXTRACT(YEAR_MONTH FROM '2010-04-02 01:23:54');
-- rows: [[201004]]

-- doc: SELECT EXTRACT(MICROSECOND FROM "2010-04-02 01:23:54.567"); -> 567000
SELECT EXTRACT(MICROSECOND FROM '2010-04-02 01:23:54.567');
-- rows: [[567000]]

-- source: https://docs.singlestore.com/db/v7.3/en/reference/sql-reference/date-and-time-functions/to_char.html
-- doc: SELECT TO_CHAR('2018-03-01' :> DATE, 'MM/DD'); -> 03/01
SELECT TO_CHAR('2018-03-01' :> DATE, 'MM/DD');
-- rows: [["03/01"]]

-- doc: SELECT TO_CHAR('2018-03-01' :> DATE, 'The year is YYYY'); -> The year is 2018
SELECT TO_CHAR('2018-03-01' :> DATE, 'The year is YYYY');
-- rows: [["The year is 2018"]]

-- doc: SELECT TO_CHAR('2018-03-01 05:10:38' :> DATETIME, 'MM/DD/YYYY'); -> 03/01/2018
SELECT TO_CHAR('2018-03-01 05:10:38' :> DATETIME, 'MM/DD/YYYY');
-- rows: [["03/01/2018"]]

-- doc: SELECT TO_CHAR('2018-03-01 05:10:38.123456' :> DATETIME(6), 'MM/DD/YYYY HH:MI:SS:FF4'); -> 03/01/2018 05:10:38:1234
SELECT TO_CHAR('2018-03-01 05:10:38.123456' :> DATETIME(6), 'MM/DD/YYYY HH:MI:SS:FF4');
-- rows: [["03/01/2018 05:10:38:1234"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/numeric-functions/pow/
-- doc: SELECT POW(2, 8); -> 256
SELECT POW(2, 8);
-- rows: [[256]]

-- doc: SELECT POW(2, 16); -> 65536
SELECT POW(2, 16);
-- rows: [[65536]]

-- doc: SELECT POW(2, 2.5); -> 5.656854249492381
SELECT POW(2, 2.5);
-- rows: [[5.656854249492381]]

-- doc: syntax "POWER ( number, power )"; SELECT POW(2, 24); -> 16777216
SELECT POWER(2, 24);
-- rows: [[16777216]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/numeric-functions/sqrt/
-- doc: SELECT SQRT(-2); -> NULL ("If less than 0, returns NULL.")
SELECT SQRT(-2);
-- rows: [[null]]

-- doc: SELECT SQRT(2); -> 1.4142135623730951
SELECT SQRT(2);
-- rows: [[1.4142135623730951]]

-- doc: SELECT SQRT(4); -> 2
SELECT SQRT(4);
-- rows: [[2]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/aggregate-functions/mod/
-- doc: SELECT MOD (84,5); -> 4
SELECT MOD(84,5);
-- rows: [[4]]

-- doc: SELECT 12 MOD 5; -> 2
SELECT 12 MOD 5;
-- rows: [[2]]

-- doc: SELECT 25 % 0; -> NULL ("Returns NULL if the divisor is 0")
SELECT 25 % 0;
-- rows: [[null]]

-- doc: syntax "expression1 `%` expression2"
SELECT 84 % 5;
-- rows: [[4]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/date-and-time-functions/date-add
-- doc: SELECT ADDDATE("2010-04-02 01:23:54", INTERVAL 1 YEAR); -> 2011-04-02 ... (the output row is cut off in the stored page; the time part is unchanged)
SELECT ADDDATE('2010-04-02 01:23:54', INTERVAL 1 YEAR);
-- rows: [["2011-04-02 01:23:54"]]

-- doc: syntax "ADDDATE (dateobj, days)" ("days: number of days to add. Can be negative.")
SELECT ADDDATE('2010-04-02', 30);
-- rows: [["2010-05-02"]]

-- doc: syntax "DATE_ADD (dateobj, INTERVAL expr unit)"; simple unit DAY
SELECT DATE_ADD('2010-04-02 01:23:54', INTERVAL 1 DAY);
-- rows: [["2010-04-03 01:23:54"]]

-- doc: "expr: the number of units to add ... Can be negative."
SELECT DATE_ADD('2010-04-02 01:23:54', INTERVAL -2 HOUR);
-- rows: [["2010-04-01 23:23:54"]]

-- doc: "Complex types allowed for unit include ... DAY_HOUR ... The expected format of expr for complex unit types is an arbitrarily delimited string of integers."
SELECT DATE_ADD('2010-04-02 01:23:54', INTERVAL '1 2' DAY_HOUR);
-- rows: [["2010-04-03 03:23:54"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/date-and-time-functions/date-format/
-- doc: "%Y Year, numeric, four digits"; "%m Month number, padded"; "%d Day of the month, padded"; "%H Hour of day, padded 24h"; "%i Minute of hour"; "%s Seconds"
SELECT DATE_FORMAT('2014-04-18 13:05:09', '%Y-%m-%d %H:%i:%s');
-- rows: [["2014-04-18 13:05:09"]]

-- doc: "%M Month name (January to December)"; "%e Day of the month (0 to 31)"
SELECT DATE_FORMAT('2014-04-18 13:05:09', '%M %e, %Y');
-- rows: [["April 18, 2014"]]

-- doc: "%b Abbreviated month (Jan, Feb, Mar…)"; "%j Day of year (001 to 366)" (DAYOFYEAR('2014-04-18') is 108)
SELECT DATE_FORMAT('2014-04-18 13:05:09', '%b %j');
-- rows: [["Apr 108"]]

-- doc: "%h Hour of day, padded 12h format (01 to 12)"; "%p AM or PM"
SELECT DATE_FORMAT('2014-04-18 13:05:09', '%h:%i %p');
-- rows: [["01:05 PM"]]

-- doc: "%D Day of the month with suffix (0th, 1st, 2nd, etc)"; "%c Month number (0 to 12)"; "%y Year, numeric (two digits)"
SELECT DATE_FORMAT('2014-04-03', '%D/%c/%y');
-- rows: [["3rd/4/14"]]

-- doc: "%T Time, 24-hour (hh:mm:ss)"
SELECT DATE_FORMAT('2014-04-18 13:05:09', '%T');
-- rows: [["13:05:09"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/time-series-functions/time-bucket/
-- doc: "TIME_BUCKET(bucket_width, time, origin) = time - ((time - origin) % bucket_width)"; origin default 2000-01-03 00:00:00; ISO-8601 widths "D/d (day), H/h (hour)"
SELECT TIME_BUCKET('1d', '2021-03-10 13:45:00' :> DATETIME);
-- rows: [["2021-03-10 00:00:00"]]

-- doc: same formula with an hour width
SELECT TIME_BUCKET('1h', '2021-03-10 13:45:00' :> DATETIME);
-- rows: [["2021-03-10 13:00:00"]]

-- doc: bucket_width "in either MySQL or ISO-8601 duration format. For example, INTERVAL 1 DAY"
SELECT TIME_BUCKET(INTERVAL 1 DAY, '2021-03-10 13:45:00' :> DATETIME);
-- rows: [["2021-03-10 00:00:00"]]

-- source: https://docs.singlestore.com/db/v9.0/reference/sql-reference/date-and-time-functions/trunc
-- doc: SELECT * FROM tr_date_tests; -> 2019-09-10
CREATE TABLE tr_date_tests (datey DATE);
-- ok

INSERT INTO tr_date_tests VALUES ('2019-09-10');
-- affected: 1

-- doc: SELECT TRUNC(datey, 'YYYY') FROM tr_date_tests; -> 2019-01-01 00:00:00
SELECT TRUNC(datey, 'YYYY') FROM tr_date_tests;
-- rows: [["2019-01-01 00:00:00"]]

-- doc: "MONTH, MON, MM, RM: Returns the first day of the month"
SELECT TRUNC(datey, 'MM') FROM tr_date_tests;
-- rows: [["2019-09-01 00:00:00"]]
