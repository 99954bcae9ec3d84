-- String functions (and GROUP_CONCAT). Every expectation comes from the SingleStore documentation page named by
-- the nearest preceding `-- source:`; `-- doc:` quotes the output shown there or the sentence a result is
-- derived from.

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/string-functions/concat-ws
-- doc: SELECT CONCAT_WS('a','1','2','3'); -> 1a2a3
SELECT CONCAT_WS('a','1','2','3');
-- rows: [["1a2a3"]]

-- doc: SELECT CONCAT_WS('a','1',NULL,'3'); -> 1a3 ("If any of the expressions is NULL it is skipped")
SELECT CONCAT_WS('a','1',NULL,'3');
-- rows: [["1a3"]]

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/string-functions/lpad/
-- doc: SELECT LPAD('ohai',10,'_') as o; -> ______ohai
SELECT LPAD('ohai',10,'_') as o;
-- rows: [["______ohai"]]

-- doc: SELECT LPAD('123',10,'0') as o; -> 0000000123
SELECT LPAD('123',10,'0') as o;
-- rows: [["0000000123"]]

-- source: https://docs.singlestore.com/managed-service/en/reference/sql-reference/string-functions/substring_index.html
-- doc: SELECT SUBSTRING_INDEX('a b c d', ' ', 3); -> a b c
SELECT SUBSTRING_INDEX('a b c d', ' ', 3);
-- rows: [["a b c"]]

-- doc: SELECT SUBSTRING_INDEX('de305d54-75b4-431b-adb2-eb613', '-', 2) as uuid; -> de305d54-75b4
SELECT SUBSTRING_INDEX('de305d54-75b4-431b-adb2-eb613', '-', 2) as uuid;
-- rows: [["de305d54-75b4"]]

-- doc: SELECT SUBSTRING_INDEX('01-23-45-67-89', '-', -2); -> 67-89
SELECT SUBSTRING_INDEX('01-23-45-67-89', '-', -2);
-- rows: [["67-89"]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/string-functions/substring
-- doc: SELECT SUBSTRING('1234567890', 3, 3); -> 345
SELECT SUBSTRING('1234567890', 3, 3);
-- rows: [["345"]]

-- doc: "start: the one-indexed position to start at. If negative, counts from the end." SUBSTRING('1234567890', -3, 3)
SELECT SUBSTRING('1234567890', -3, 3);
-- rows: [["890"]]

-- doc: syntax "SUBSTR(str FROM start FOR len)"
SELECT SUBSTR('1234567890' FROM 3 FOR 3);
-- rows: [["345"]]

-- doc: "Forms without len, extract characters until the end of the string."
SELECT SUBSTR('1234567890', 8);
-- rows: [["890"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/reverse/
-- doc: SELECT REVERSE('See the inventory list for details' collate utf8mb4_general_ci); -> sliated rof tsil yrotnevni eht eeS
SELECT REVERSE('See the inventory list for details' collate utf8mb4_general_ci);
-- rows: [["sliated rof tsil yrotnevni eht eeS"]]

-- doc: CREATE TABLE inventory(item_ID VARCHAR(25), item VARCHAR(50), category VARCHAR(25), cases_instock NUMERIC(4));
CREATE TABLE inventory(item_ID VARCHAR(25), item VARCHAR(50), category VARCHAR(25), cases_instock NUMERIC(4));
-- ok

INSERT INTO inventory VALUES('GA001','Green Apples', 'fruit', '22'),
('RB247','Bananas', 'fruit','32'),
('GP749', 'Golden Pineapple', 'fruit', '11'),
('KM991', 'Kent Mango', 'fruit', '5'),
('FP860', 'Fuyu Persimmons', 'fruit','2');
-- affected: 5

-- doc: SELECT item, REVERSE(item) FROM inventory; (no ORDER BY in the doc)
SELECT item, REVERSE(item) FROM inventory;
-- unordered-rows: [["Bananas", "sananaB"], ["Green Apples", "selppA neerG"], ["Fuyu Persimmons", "snommisreP uyuF"], ["Kent Mango", "ognaM tneK"], ["Golden Pineapple", "elppaeniP nedloG"]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/string-functions/instr
-- doc: SELECT INSTR('ohai', 'i'); -> 4
SELECT INSTR('ohai', 'i');
-- rows: [[4]]

-- doc: SELECT INSTR('ohai', 'z'); -> 0
SELECT INSTR('ohai', 'z');
-- rows: [[0]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/locate/
-- doc: SELECT LOCATE('i', 'ohai'); -> 4
SELECT LOCATE('i', 'ohai');
-- rows: [[4]]

-- doc: SELECT LOCATE('z', 'ohai'); -> 0
SELECT LOCATE('z', 'ohai');
-- rows: [[0]]

-- doc: SELECT LOCATE('i', 'ohaiohai', 6); -> 8
SELECT LOCATE('i', 'ohaiohai', 6);
-- rows: [[8]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/string-functions/ucase/
-- doc: SELECT UCASE('olé'), UPPER('olé'); -> OLÉ | OLÉ
SELECT UCASE('olé'), UPPER('olé');
-- rows: [["OLÉ", "OLÉ"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/to-base-64/
-- doc: SELECT TO_BASE64('abracadabra'); -> YWJyYWNhZGFicmE= (Return Type: "Binary string")
SELECT TO_BASE64('abracadabra');
-- rows: [["YWJyYWNhZGFicmE="]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/numeric-functions/conv/
-- doc: SELECT CONV('6E',18,8); -> 172 ("Returns a string representation of N")
SELECT CONV('6E',18,8);
-- rows: [["172"]]

-- source: https://docs.singlestore.com/db/v7.8/reference/sql-reference/string-functions/replace/
-- doc: CREATE TABLE rep_company (name varchar(30)); INSERT INTO rep_company values ("Zumiez Inc."), ... (quoted with ' here)
CREATE TABLE rep_company (name varchar(30));
-- ok

INSERT INTO rep_company values ('Zumiez Inc.'), ('Orange.com'), ('Pomegranate Corp.'), ('FruitCompany Consolidated');
-- affected: 4

-- doc: SELECT name FROM rep_company WHERE name LIKE "Zumiez Inc."; -> Zumiez Inc.
SELECT name FROM rep_company WHERE name LIKE 'Zumiez Inc.';
-- rows: [["Zumiez Inc."]]

-- doc: SELECT REPLACE(name,'Inc.','Corp.') FROM rep_company WHERE name LIKE "Zumiez Inc."; -> Zumiez Corp.
SELECT REPLACE(name,'Inc.','Corp.') FROM rep_company WHERE name LIKE 'Zumiez Inc.';
-- rows: [["Zumiez Corp."]]

-- doc: "SingleStore uses case-sensitive match to search for the old_string"
SELECT REPLACE('Zumiez Inc.', 'inc.', 'Corp.');
-- rows: [["Zumiez Inc."]]

-- doc: LIKE with a % wildcard over the same table
SELECT name FROM rep_company WHERE name LIKE '%Corp.' ORDER BY name;
-- rows: [["Pomegranate Corp."]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/regular-expression-functions/regexp-replace/
-- doc: "Searches a string for the first occurrence of a regular expression pattern and replaces that occurrence"
SELECT REGEXP_REPLACE('a1b22c333', '[0-9]+', '#');
-- rows: [["a#b22c333"]]

-- doc: "If you ... specify g in the parameters argument, the function performs a search and replace of all occurrences"
SELECT REGEXP_REPLACE('a1b22c333', '[0-9]+', '#', 'g');
-- rows: [["a#b#c#"]]

-- doc: "If no occurrences are found, the search string is returned as is."
SELECT REGEXP_REPLACE('abc', '[0-9]+', '#');
-- rows: [["abc"]]

-- doc: "i: Performs case-insensitive matching." (with g: all occurrences)
SELECT REGEXP_REPLACE('Apple apple', 'APPLE', 'pear', 'ig');
-- rows: [["pear pear"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/aggregate-functions/group-concat/
-- doc: CREATE TABLE gc_products (id int, region varchar(30), ship_code varchar(5)); INSERT INTO gc_products VALUES (1, 'North', 'A'), ...
CREATE TABLE gc_products (id int, region varchar(30), ship_code varchar(5));
-- ok

INSERT INTO gc_products VALUES
(1, 'North', 'A'),
(2, 'North', 'B'),
(3, 'South', 'A'),
(4, 'East', 'A'),
(5, 'East', 'C'),
(6, 'West', 'D'),
(7, 'South', 'A'),
(8, 'West', 'B');
-- affected: 8

-- doc: "ORDER BY: optionally sort ... By default, the result is sorted in ascending order." "SEPARATOR string: by default, the separator character is the comma"
SELECT GROUP_CONCAT(ship_code ORDER BY ship_code) FROM gc_products;
-- rows: [["A,A,A,A,B,B,C,D"]]

-- doc: GROUP_CONCAT(expression [ORDER BY expression [ASC|DESC]] [SEPARATOR string]) with GROUP BY
SELECT region, GROUP_CONCAT(ship_code ORDER BY ship_code DESC SEPARATOR ';') FROM gc_products GROUP BY region ORDER BY region;
-- rows: [["East", "C;A"], ["North", "B;A"], ["South", "A;A"], ["West", "D;B"]]

-- doc: ORDER BY on another column of the group
SELECT GROUP_CONCAT(id ORDER BY id DESC SEPARATOR '-') FROM gc_products WHERE region = 'North';
-- rows: [["2-1"]]

-- doc: "The result is made up of the concatenated non-NULL values from the given group, or NULL if there are no non-NULL values."
SELECT GROUP_CONCAT(ship_code) FROM gc_products WHERE id > 100;
-- rows: [[null]]
