-- SingleStore data types: create, insert, select back; casts. Every expectation comes from the SingleStore
-- documentation page named by the nearest preceding `-- source:`; `-- doc:` quotes the output or the sentence it
-- was derived from. Integers above 2^53 are written as strings so that they compare exactly as text.
-- `-- columns:` lines follow the Data API's dataType names (Go MySQL driver names; unsigned is not surfaced).

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/integer-numbers/
-- doc: TINYINT -128..127, SMALLINT -32768..32767, MEDIUMINT -8388608..8388607, INT -2147483648..2147483647, BIGINT -2 ** 63..(2 ** 63) - 1
CREATE TABLE dt_ints (ti TINYINT, si SMALLINT, mi MEDIUMINT, i INT, bi BIGINT);
-- ok

INSERT INTO dt_ints VALUES (127, 32767, 8388607, 2147483647, 9223372036854775807);
-- affected: 1

INSERT INTO dt_ints VALUES (-128, -32768, -8388608, -2147483648, -9223372036854775808);
-- affected: 1

SELECT ti, si, mi, i, bi FROM dt_ints ORDER BY ti;
-- rows: [[-128, -32768, -8388608, -2147483648, "-9223372036854775808"], [127, 32767, 8388607, 2147483647, "9223372036854775807"]]
-- columns: ["TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT"]

-- doc: "INTEGER" is a synonym of INT; "The format: INT(x) (for example, INT(5)) is used to specify display width and not the size of the integer."
CREATE TABLE dt_int_syn (a INTEGER, b INT(5));
-- ok

INSERT INTO dt_int_syn VALUES (2147483647, 123456789);
-- affected: 1

SELECT a, b FROM dt_int_syn;
-- rows: [[2147483647, 123456789]]
-- columns: ["INT", "INT"]

-- doc: "An optional UNSIGNED argument is allowed for INTEGER data types. It doubles the positive range, but cannot hold negative numbers."
CREATE TABLE dt_uints (tu TINYINT UNSIGNED, su SMALLINT UNSIGNED, mu MEDIUMINT UNSIGNED, iu INT UNSIGNED, bu BIGINT UNSIGNED);
-- ok

INSERT INTO dt_uints VALUES (255, 65535, 16777215, 4294967295, 18446744073709551615);
-- affected: 1

INSERT INTO dt_uints VALUES (0, 0, 0, 0, 0);
-- affected: 1

SELECT tu, su, mu, iu, bu FROM dt_uints ORDER BY tu;
-- rows: [[0, 0, 0, 0, 0], [255, 65535, 16777215, 4294967295, "18446744073709551615"]]

SELECT bu FROM dt_uints WHERE bu > 9223372036854775807;
-- rows: [["18446744073709551615"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/data-type-conversion/
-- doc: level 6.5 and later: "Error on integer overflows and underflows in INSERT statements. This check applies to all INTEGER data types"
INSERT INTO dt_ints (ti) VALUES (128);
-- error: 1264

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/integer-numbers/
-- doc: "BOOL and BOOLEAN are synonymous with TINYINT. A value of 0 is considered FALSE, non-zero values are considered TRUE."
CREATE TABLE dt_bool (b BOOL, b2 BOOLEAN);
-- ok

INSERT INTO dt_bool VALUES (TRUE, FALSE), (5, 0);
-- affected: 2

-- source: https://docs.singlestore.com/cloud/reference/data-api/data-api-data-type-conversion/
-- doc: "A TINYINT value of 0 is considered false, and non-zero values are considered true. SingleStore returns false as 0 and true as 1."
SELECT b, b2 FROM dt_bool ORDER BY b;
-- rows: [[1, 0], [5, 0]]
-- columns: ["TINYINT", "TINYINT"]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/integer-numbers/
-- doc: "A value of 0 is considered FALSE, non-zero values are considered TRUE."
SELECT COUNT(*) FROM dt_bool WHERE b;
-- rows: [[2]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/real-numbers/
-- doc: DECIMAL synonyms "DEC, FIXED, NUMERIC"; "DECIMAL(P,S) where P is the total number of digits (precision) and S (scale) is how many of those digits appear after the decimal point"
CREATE TABLE dt_dec (d DECIMAL(10,2), d2 DEC(5,1), f FIXED(6,3), n NUMERIC(8,4));
-- ok

INSERT INTO dt_dec VALUES (12345678.91, 1234.5, 123.456, 1234.5678);
-- affected: 1

-- source: https://docs.singlestore.com/cloud/reference/data-api/data-api-data-type-conversion/
-- doc: DECIMAL is returned as a JSON string, e.g. "567.2389354"
SELECT d, d2, f, n FROM dt_dec;
-- rows: [["12345678.91", "1234.5", "123.456", "1234.5678"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/real-numbers/
-- doc: "For example, DECIMAL(10,5) will store numbers with 5 digits before the decimal and 5 after."
CREATE TABLE dt_dec5 (x DECIMAL(10,5));
-- ok

INSERT INTO dt_dec5 VALUES (12345.67891), (1.5);
-- affected: 2

SELECT x FROM dt_dec5 ORDER BY x;
-- rows: [["1.50000"], ["12345.67891"]]

-- doc: FLOAT (4 bytes, 23 bits), DOUBLE (8 bytes, 53 bits, synonym REAL); "SingleStore follows IEEE 754 standards"
CREATE TABLE dt_real (f FLOAT, d DOUBLE, r REAL);
-- ok

INSERT INTO dt_real VALUES (1.5, 2.25, 3.125);
-- affected: 1

SELECT f, d, r FROM dt_real;
-- rows: [[1.5, 2.25, 3.125]]
-- columns: ["FLOAT", "DOUBLE", "DOUBLE"]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/time-and-date/
-- doc: DATE yyyy-mm-dd, DATETIME yyyy-mm-dd hh:mm:ss, TIMESTAMP yyyy-mm-dd hh:mm:ss, YEAR yyyy
CREATE TABLE dt_dates (id INT, d DATE, dt DATETIME, ts TIMESTAMP, y YEAR);
-- ok

INSERT INTO dt_dates VALUES (1, '2024-01-02', '2024-01-02 03:04:05', '2024-01-02 03:04:05', 2024);
-- affected: 1

SELECT d, dt, ts, y FROM dt_dates WHERE id = 1;
-- rows: [["2024-01-02", "2024-01-02 03:04:05", "2024-01-02 03:04:05", "2024"]]
-- columns: ["DATE", "DATETIME", "TIMESTAMP", "YEAR"]

-- doc: DATE "Min: 1000-01-01 Max: 9999-12-31"; DATETIME "Max: 9999-12-31 23:59:59"; YEAR "Min: 1901 Max: 2155"
INSERT INTO dt_dates VALUES (2, '1000-01-01', '9999-12-31 23:59:59', '2000-01-01 00:00:00', 1901), (3, '9999-12-31', '1000-01-01 00:00:00', '2000-01-01 00:00:00', 2155);
-- affected: 2

SELECT id, d, dt, y FROM dt_dates WHERE id > 1 ORDER BY id;
-- rows: [[2, "1000-01-01", "9999-12-31 23:59:59", "1901"], [3, "9999-12-31", "1000-01-01 00:00:00", "2155"]]

-- doc: "a value like 2020-12-31 23:59:59 being inserted into a column with the data type of DATE would be converted to 2020-12-31."
INSERT INTO dt_dates (id, d) VALUES (4, '2020-12-31 23:59:59');
-- affected: 1

SELECT d FROM dt_dates WHERE id = 4;
-- rows: [["2020-12-31"]]

-- doc: TIME "Min: -838:59:59 Max: 838:59:59" (hhh:mm:ss); TIME(6), DATETIME(6), TIMESTAMP(6) keep microseconds (hh:mm:ss.mmmmmm)
CREATE TABLE dt_times (id INT, t TIME, t6 TIME(6), dt6 DATETIME(6), ts6 TIMESTAMP(6));
-- ok

INSERT INTO dt_times VALUES (1, '12:34:56', '12:34:56.123456', '2024-01-02 03:04:05.123456', '2024-01-02 03:04:05.654321');
-- affected: 1

SELECT t, t6, dt6, ts6 FROM dt_times WHERE id = 1;
-- rows: [["12:34:56", "12:34:56.123456", "2024-01-02 03:04:05.123456", "2024-01-02 03:04:05.654321"]]
-- columns: ["TIME", "TIME(6)", "DATETIME(6)", "TIMESTAMP(6)"]

INSERT INTO dt_times (id, t, dt6) VALUES (2, '838:59:59', '9999-12-31 23:59:59.999999'), (3, '-838:59:59', NULL);
-- affected: 2

SELECT id, t, dt6 FROM dt_times WHERE id > 1 ORDER BY id;
-- rows: [[2, "838:59:59", "9999-12-31 23:59:59.999999"], [3, "-838:59:59", null]]

-- source: https://docs.singlestore.com/cloud/reference/data-api/data-api-data-type-conversion/
-- doc: String types (CHAR, VARCHAR, TEXT, TINYTEXT, MEDIUMTEXT, ...) are returned as JSON strings
CREATE TABLE dt_str (c CHAR(5), vc VARCHAR(20), tt TINYTEXT, tx TEXT, mt MEDIUMTEXT, lt LONGTEXT);
-- ok

INSERT INTO dt_str VALUES ('abcde', 'hello', 'tiny', 'text', 'medium', 'long');
-- affected: 1

SELECT c, vc, tt, tx, mt, lt FROM dt_str;
-- rows: [["abcde", "hello", "tiny", "text", "medium", "long"]]

SELECT c, vc FROM dt_str;
-- rows: [["abcde", "hello"]]
-- columns: ["CHAR", "VARCHAR"]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/data-type-conversion/
-- doc: level 6.5 and later: "Error on string inputs to VARCHAR columns that are too short to store the data. This check is run against INSERT statements."
INSERT INTO dt_str (vc) VALUES ('this string is too long');
-- error: 1406

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/data-types/binary-string-types/
-- doc: "BINARY is a fixed-length string type" (LENGTH bytes); "VARBINARY fields store data verbatim"; BLOB types
CREATE TABLE dt_bin (b BINARY(4), vb VARBINARY(10), tb TINYBLOB, bl BLOB, mb MEDIUMBLOB, lb LONGBLOB);
-- ok

INSERT INTO dt_bin VALUES (x'01020304', x'0A0B', 'ab', 'abc', 'abcd', 'abcde');
-- affected: 1

SELECT HEX(b), HEX(vb), HEX(tb), HEX(bl), HEX(mb), HEX(lb) FROM dt_bin;
-- rows: [["01020304", "0A0B", "6162", "616263", "61626364", "6162636465"]]

SELECT LENGTH(b), LENGTH(vb), LENGTH(lb) FROM dt_bin;
-- rows: [[4, 2, 5]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/other-types/
-- doc: BIT "9 bytes / 8 bytes"; "BIT (used to store bit values)"
CREATE TABLE dt_bit (b BIT(8));
-- ok

INSERT INTO dt_bit VALUES (5);
-- affected: 1

SELECT b + 0 FROM dt_bit;
-- rows: [[5]]

-- doc: "CREATE ROWSTORE TABLE delivery_status(ID VARCHAR(6),Status ENUM('NOT_DISPATCHED','IN_TRANSIT','DELIVERED'));"
CREATE ROWSTORE TABLE delivery_status(ID VARCHAR(6), Status ENUM('NOT_DISPATCHED','IN_TRANSIT','DELIVERED'));
-- ok

-- doc: "The values in an ENUM list are indexed, starting from 1." -> INSERT INTO delivery_status VALUES('xdy',1);
INSERT INTO delivery_status VALUES('xdy',1);
-- affected: 1

INSERT INTO delivery_status VALUES('tsg','IN_TRANSIT');
-- affected: 1

INSERT INTO delivery_status (ID) VALUES('qfc');
-- affected: 1

-- doc: index 1 is 'NOT_DISPATCHED'; "The index of a NULL value is NULL."
SELECT ID, Status FROM delivery_status ORDER BY ID;
-- rows: [["qfc", null], ["tsg", "IN_TRANSIT"], ["xdy", "NOT_DISPATCHED"]]

-- doc: "ENUM values are sorted based on their index values. The NULL values are sorted first, then the empty strings (with index 0), followed by the values in the ENUM list."
SELECT ID FROM delivery_status ORDER BY Status;
-- rows: [["qfc"], ["xdy"], ["tsg"]]

-- doc: SET "64 unique values", "Max values per row 64"
CREATE TABLE dt_set (id INT, s SET('a','b','c'));
-- ok

INSERT INTO dt_set VALUES (1, 'a,c'), (2, 'b');
-- affected: 2

SELECT id, s FROM dt_set ORDER BY id;
-- rows: [[1, "a,c"], [2, "b"]]

-- source: https://docs.singlestore.com/cloud/reference/data-api/data-api-data-type-conversion/
-- doc: "JSON type values are directly added to the row tuple without any type conversion" e.g. { "hello": "world" }, [ 1, 2, null, 3 ]
CREATE TABLE dt_json (id INT, doc JSON);
-- ok

INSERT INTO dt_json VALUES (1, '{"hello":"world"}'), (2, '[1,2,null,3]');
-- affected: 2

SELECT id, doc FROM dt_json ORDER BY id;
-- rows: [[1, "{\"hello\": \"world\"}"], [2, "[1, 2, null, 3]"]]
-- columns: ["INT", "JSON"]

-- source: https://docs.singlestore.com/cloud/create-a-database/using-json/
-- doc: "JSON_EXTRACT_<type>, to extract values out of JSON documents at specified keypaths."
SELECT JSON_EXTRACT_STRING(doc, 'hello') FROM dt_json WHERE id = 1;
-- rows: [["world"]]

-- source: https://docs.singlestore.com/cloud/reference/data-api/data-api-data-type-conversion/
-- doc: GEOGRAPHY and GEOGRAPHYPOINT are returned as strings, e.g. "POINT(-74.04451396 40.68924403)", "POLYGON((1 1,2 1,2 2, 1 2, 1 1))"
CREATE TABLE dt_geo (id INT, pt GEOGRAPHYPOINT, area GEOGRAPHY);
-- ok

INSERT INTO dt_geo VALUES (1, 'POINT(-74.04451396 40.68924403)', 'POLYGON((1 1,2 1,2 2, 1 2, 1 1))');
-- affected: 1

SELECT pt FROM dt_geo WHERE id = 1;
-- rows: [["POINT(-74.04451396 40.68924403)"]]

SELECT COUNT(*) FROM dt_geo WHERE area IS NOT NULL;
-- rows: [[1]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/vector-type/
-- doc: "VECTOR(<N> [ , <elementType> ])" / "The default for <elementType> is 32-bit floating-point number (F32)."
CREATE TABLE dt_vec (id INT, v VECTOR(3));
-- ok

INSERT INTO dt_vec VALUES (1, '[1,2,3]');
-- affected: 1

-- doc: "To use a string function on the JSON string representation of a vector, write code as follows ... STRINGFUNC(vec :> JSON)"
SELECT v :> JSON FROM dt_vec WHERE id = 1;
-- rows: [["[1,2,3]"]]

-- doc: "String functions, such as CONCAT, LENGTH, SUBSTRING, and HEX operate on the binary representation of a vector." (F32 little-endian: 1.0 = 0000803F)
SELECT HEX(v), LENGTH(v) FROM dt_vec WHERE id = 1;
-- rows: [["0000803F0000004000004040", 12]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/vector-elements-sum/
-- doc: "The return type is ... a 64-bit floating-point number when the vector element type is a floating point type"
SELECT VECTOR_ELEMENTS_SUM(v) FROM dt_vec WHERE id = 1;
-- rows: [[6]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-types/vector-type/
-- doc: "Options for elementType are I8, I16, I32, I64, F32, and F64." (HEX shows the packed little-endian elements)
CREATE TABLE dt_vec_types (id INT, a VECTOR(4, I8), b VECTOR(2, I16), c VECTOR(3, I32), d VECTOR(1, I64), e VECTOR(2, F64));
-- ok

INSERT INTO dt_vec_types VALUES (1, '[1,-1,2,127]', '[1,-2]', '[1,2,3]', '[5]', '[1.5,-2]');
-- affected: 1

SELECT HEX(a), HEX(b), HEX(c), HEX(d), HEX(e) FROM dt_vec_types;
-- rows: [["01FF027F", "0100FEFF", "010000000200000003000000", "0500000000000000", "000000000000F83F00000000000000C0"]]

SELECT c :> JSON FROM dt_vec_types;
-- rows: [["[1,2,3]"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/conditional-functions/cast-or-convert/
-- doc: SELECT CONVERT(-123, UNSIGNED); -> 18446744073709551493
SELECT CONVERT(-123, UNSIGNED);
-- rows: [["18446744073709551493"]]

-- doc: SELECT '2019-01-01', CAST('2019-01-01 16:15:00' AS DATE); -> | 2019-01-01 | 2019-01-01 |
SELECT '2019-01-01', CAST('2019-01-01 16:15:00' AS DATE);
-- rows: [["2019-01-01", "2019-01-01"]]

-- doc: SELECT CAST(123 AS CHAR(2)); -> 12
SELECT CAST(123 AS CHAR(2));
-- rows: [["12"]]

-- doc: "CAST (input AS {... | SIGNED [INTEGER] | UNSIGNED [INTEGER]})" / "Casts the input to the given data type."
SELECT CAST('42' AS SIGNED), CAST(-5 AS SIGNED INTEGER), CAST('7' AS UNSIGNED);
-- rows: [[42, -5, 7]]

-- doc: "DECIMAL[(prec [, scale])]"
SELECT CAST(3.14159 AS DECIMAL(10,2)), CAST('19.99' AS DECIMAL(10,2));
-- rows: [["3.14", "19.99"]]

-- doc: "Specifying the CHAR data type results in a VARCHAR."
SELECT CAST(150 AS CHAR), CONVERT(2.5, CHAR);
-- rows: [["150", "2.5"]]

-- doc: "DATETIME[(prec)]", "TIME[(prec)]"
SELECT CAST('2024-01-02 03:04:05' AS DATETIME), CAST('2024-01-02' AS DATETIME), CONVERT('12:34:56', TIME);
-- rows: [["2024-01-02 03:04:05", "2024-01-02 00:00:00", "12:34:56"]]

-- doc: "CONVERT (input, {BINARY(length) | CHAR(length) | DATE | ...})"
SELECT CONVERT('2024-03-04', DATE), CONVERT(12, CHAR(5));
-- rows: [["2024-03-04", "12"]]

SELECT CAST(bu AS CHAR) FROM dt_uints WHERE tu = 255;
-- rows: [["18446744073709551615"]]

-- doc: "Cast Operators :> and !:>"
SELECT '2019-01-01 16:15:00' :> DATE;
-- rows: [["2019-01-01"]]
