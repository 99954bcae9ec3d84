-- Statement forms and lexical details: comments, string literals, DESCRIBE/SHOW, INSERT variants (SET, IGNORE,
-- REPLACE, ON DUPLICATE KEY UPDATE, INSERT ... SELECT), UPDATE/DELETE with LIMIT and joins, full-text MATCH,
-- LIMIT/OFFSET, ROLLUP/CUBE, window functions, CTEs, subqueries, UNION and joins. Every expectation comes from
-- the SingleStore documentation page named by the nearest preceding `-- source:`; `-- doc:` quotes the output or
-- the sentence it was derived from.

-- source: https://docs.singlestore.com/db/v9.1/query-data/select/
-- doc: a '#' comment runs to the end of the line (MySQL comment syntax); the statement is SELECT 1
SELECT 1 # trailing hash comment
;
-- rows: [[1]]

-- doc: a '-- ' comment runs to the end of the line (MySQL comment syntax)
SELECT 2 -- trailing dash comment
;
-- rows: [[2]]

-- doc: '/* ... */' comments may appear anywhere whitespace may
/* leading block comment */ SELECT 3;
-- rows: [[3]]

SELECT 1 /* inline comment */ + 1;
-- rows: [[2]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/string-functions/quote/
-- doc: SELECT 'Do'; -> Do
SELECT 'Do';
-- rows: [["Do"]]

-- doc: SELECT QUOTE('Do'); -> 'Do'
SELECT QUOTE('Do');
-- rows: [["'Do'"]]

-- doc: SELECT QUOTE("Don't"); -> 'Don\'t'   (a double-quoted string literal; the result escapes the quote with a backslash)
SELECT QUOTE("Don't");
-- rows: [["'Don\\'t'"]]

-- doc: "In the following example, the result is the string NULL without enclosing quotes: SELECT QUOTE(NULL);"
SELECT QUOTE(NULL);
-- rows: [["NULL"]]

-- doc: 'Don\'t' is the escaped form QUOTE produces for use in SQL text; \' is a quote inside a single-quoted literal
SELECT 'it\'s', 'Don\'t';
-- rows: [["it's", "Don't"]]

-- doc: QUOTE precedes a backslash with a backslash; '\\' is one backslash and '\n' a newline (MySQL escapes)
SELECT 'a\\b', LENGTH('a\\b'), LENGTH('a\nb');
-- rows: [["a\\b", 3, 3]]

-- doc: a doubled quote inside a single-quoted literal is one quote (MySQL literal syntax)
SELECT 'it''s';
-- rows: [["it's"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/procedural-sql-reference/echo-select/
-- doc: the examples write string literals in double quotes: INSERT INTO video VALUES (1, "Hercules");
SELECT "Hercules", "it's";
-- rows: [["Hercules", "it's"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-definition-language-ddl/describe/
-- doc: DESCRIBE test; -> | id | int(11) | NO | PRI | NULL | auto_increment | / | v | varchar(10) | NO | | NULL | |
CREATE REFERENCE TABLE test (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(10) NOT NULL);
-- ok

DESCRIBE test;
-- rows: [["id", "int(11)", "NO", "PRI", null, "auto_increment"], ["v", "varchar(10)", "NO", "", null, ""]]

DESC test;
-- rows: [["id", "int(11)", "NO", "PRI", null, "auto_increment"], ["v", "varchar(10)", "NO", "", null, ""]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/show-commands/show-columns/
-- doc: "SHOW [FULL] COLUMNS {FROM | IN} tbl_name" with output columns Field, Type, Null, Key, Default, Extra
SHOW COLUMNS FROM test;
-- rows: [["id", "int(11)", "NO", "PRI", null, "auto_increment"], ["v", "varchar(10)", "NO", "", null, ""]]

SHOW COLUMNS IN test LIKE 'v';
-- rows: [["v", "varchar(10)", "NO", "", null, ""]]

-- source: https://docs.singlestore.com/db/v7.6/reference/sql-reference/show-commands/show-index-show-indexes-show-keys/
-- doc: "SHOW {INDEX | INDEXES | KEYS} {FROM | IN} tbl_name [{FROM | IN} db_name] [WHERE expr]"
SHOW INDEXES FROM test;
-- ok

SHOW INDEX IN test;
-- ok

SHOW KEYS FROM test;
-- ok

-- source: https://docs.singlestore.com/db/v7.6/reference/sql-reference/show-commands/show-create-table/
-- doc: "Shows the CREATE TABLE statement that was used to create the table."
SHOW CREATE TABLE test;
-- ok

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/show-commands/show-columns/
-- doc: SHOW commands list the objects of the current database; this file's database holds only `test` so far
SHOW TABLES;
-- rows: [["test"]]

SHOW DATABASES;
-- ok

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-manipulation-language-dml/insert
-- doc: "INSERT [IGNORE] [INTO] <table_name> [(<column_name>,...)] [VALUES | VALUE] (expr,...),(...),..."
CREATE ROWSTORE TABLE st_kv (k INT PRIMARY KEY, v VARCHAR(20), n INT DEFAULT 0);
-- ok

INSERT INTO st_kv VALUES (1, 'a', 1), (2, 'b', 1), (3, 'c', 1);
-- affected: 3

-- doc: "INSERT [IGNORE] [INTO] <table_name> SET <column_name>=expr, ..."
INSERT INTO st_kv SET k = 4, v = 'd';
-- affected: 1

SELECT k, v, n FROM st_kv WHERE k = 4;
-- rows: [[4, "d", 0]]

-- doc: "INSERT IGNORE discards rows with duplicate keys for both singleton and multi-row inserts. In this case, SingleStore discards records with duplicate keys and, without rolling back, continues inserting records with unique keys."
INSERT IGNORE INTO st_kv VALUES (1, 'dup', 9), (5, 'e', 1);
-- affected: 1

SELECT k, v FROM st_kv WHERE k IN (1, 5) ORDER BY k;
-- rows: [[1, "a"], [5, "e"]]

INSERT INTO st_kv VALUES (1, 'dup', 9);
-- error: 1062

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-manipulation-language-dml/replace/
-- doc: "Returns a count indicating the number of rows affected, consisting of the sum of rows deleted and inserted."
REPLACE INTO st_kv VALUES (2, 'bb', 2);
-- affected: 2

-- doc: "If no match is found ... the REPLACE command operates exactly like INSERT"
REPLACE INTO st_kv VALUES (6, 'f', 1);
-- affected: 1

-- doc: "REPLACE [INTO] tbl_name SET col_name=expr, ..."
REPLACE st_kv SET k = 7, v = 'g';
-- affected: 1

SELECT k, v, n FROM st_kv WHERE k IN (2, 6, 7) ORDER BY k;
-- rows: [[2, "bb", 2], [6, "f", 1], [7, "g", 0]]

-- source: https://docs.singlestore.com/cloud/query-data/advanced-query-topics/performing-upserts/
-- doc: "The affected row count will be 0 if no existing row is changed, 1 if a new row is inserted, and 2 if an existing row is updated."
INSERT INTO st_kv VALUES (3, 'cc', 1) ON DUPLICATE KEY UPDATE v = VALUES(v);
-- affected: 2

INSERT INTO st_kv VALUES (3, 'cc', 1) ON DUPLICATE KEY UPDATE v = VALUES(v);
-- affected: 0

INSERT INTO st_kv VALUES (8, 'h', 1) ON DUPLICATE KEY UPDATE v = VALUES(v);
-- affected: 1

INSERT INTO st_kv (k, v) VALUES (1, 'ignored') ON DUPLICATE KEY UPDATE n = n + 1;
-- affected: 2

SELECT k, v, n FROM st_kv ORDER BY k;
-- rows: [[1, "a", 2], [2, "bb", 2], [3, "cc", 1], [4, "d", 0], [5, "e", 1], [6, "f", 1], [7, "g", 0], [8, "h", 1]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-manipulation-language-dml/insert
-- doc: "INSERT [IGNORE] [INTO] <table_name> [(col_name,...)] SELECT ..."
CREATE TABLE st_kv_copy (k INT, v VARCHAR(20));
-- ok

INSERT INTO st_kv_copy SELECT k, v FROM st_kv WHERE k <= 3;
-- affected: 3

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-manipulation-language-dml/update
-- doc: "If the WHERE clause is not specified, all rows are updated." / "The UPDATE statement modifies each specified field in a row with new values."
UPDATE st_kv SET v = UPPER(v) WHERE k <= 3;
-- affected: 3

-- doc: "UPDATE table_references [[LEFT|RIGHT] JOIN [table valued expression] [ON join_condition]] SET column_reference=expr" / "The target fields must either be identified by two part names (table.field)"
UPDATE st_kv_copy JOIN st_kv ON st_kv_copy.k = st_kv.k SET st_kv_copy.v = st_kv.v;
-- affected: 3

SELECT k, v FROM st_kv_copy ORDER BY k;
-- rows: [[1, "A"], [2, "BB"], [3, "CC"]]

-- source: https://docs.singlestore.com/db/v9.1/introduction/distributed-architecture/distributed-sql-surface-area/
-- doc: "Sharded tables do not support UPDATE...LIMIT." (a reference table is not sharded)
CREATE REFERENCE TABLE st_tasks (id INT PRIMARY KEY, status VARCHAR(10));
-- ok

INSERT INTO st_tasks VALUES (1, 'pending'), (2, 'pending'), (3, 'pending');
-- affected: 3

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-manipulation-language-dml/update
-- doc: "[LIMIT row_count]" / "row_count: The maximum number of rows to be updated."
UPDATE st_tasks SET status = 'done' WHERE status = 'pending' LIMIT 2;
-- affected: 2

SELECT status, COUNT(*) FROM st_tasks GROUP BY status ORDER BY status;
-- rows: [["done", 2], ["pending", 1]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-manipulation-language-dml/delete/
-- doc: "row_count: The maximum number of rows that can be deleted." / "The DELETE statement deletes rows from tbl_name and returns the number of deleted rows."
DELETE FROM st_tasks WHERE status = 'done' LIMIT 1;
-- affected: 1

SELECT COUNT(*) FROM st_tasks;
-- rows: [[2]]

DELETE FROM st_kv WHERE k = 5;
-- affected: 1

-- doc: "DELETE tbl_name FROM table_references [WHERE expr] [LIMIT row_count]"
DELETE st_kv_copy FROM st_kv_copy JOIN st_kv ON st_kv_copy.k = st_kv.k WHERE st_kv.k = 1;
-- affected: 1

SELECT k FROM st_kv_copy ORDER BY k;
-- rows: [[2], [3]]

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/truncate/
-- doc: "TRUNCATE [TABLE] <table_name>" / "The TRUNCATE command removes all rows from a table."
TRUNCATE TABLE st_kv_copy;
-- ok

SELECT COUNT(*) FROM st_kv_copy;
-- rows: [[0]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-manipulation-language-dml/explain
-- doc: "EXPLAIN can be run with an arbitrary SELECT, INSERT…SELECT, UPDATE, or DELETE statement."
EXPLAIN SELECT k, v FROM st_kv WHERE k = 1;
-- ok

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/full-text-search-functions/match/
-- doc: "For columnstore tables created with a FULLTEXT index, the text columns in that table can be searched by using the MATCH AGAINST syntax."
CREATE TABLE st_docs (id INT, body TEXT, SORT KEY (id), FULLTEXT (body));
-- ok

INSERT INTO st_docs VALUES (1, 'Once upon a time'), (2, 'There was a wicked witch'), (3, 'Who ate everybody up');
-- affected: 3

-- doc: "To include recent inserts/updates from the hidden rowstore table in with the results, run OPTIMIZE TABLE tbl_name FLUSH before running your query."
OPTIMIZE TABLE st_docs FLUSH;
-- ok

-- doc: "MATCH (<column1>,<column2>,...) AGAINST (<expression>)"
SELECT id FROM st_docs WHERE MATCH(body) AGAINST('wicked');
-- rows: [[2]]

-- doc: "full-text search works best over English text and is case-insensitive."
SELECT id, body FROM st_docs WHERE MATCH(body) AGAINST('WITCH');
-- rows: [[2, "There was a wicked witch"]]

-- source: https://docs.singlestore.com/cloud/developer-resources/functional-extensions/working-with-full-text-search/
-- doc: "CREATE TABLE articles (... FULLTEXT USING VERSION 2 art_ft_index (title, body));"
CREATE TABLE st_articles (
  id INT UNSIGNED,
  year INT UNSIGNED,
  title VARCHAR(200),
  body TEXT,
  SORT KEY (id),
  FULLTEXT USING VERSION 2 art_ft_index (title, body)
);
-- ok

INSERT INTO st_articles VALUES (1, 2021, 'Database Basics', 'Tables and rows'), (2, 2022, 'Cooking at Home', 'Simple recipes'), (3, 2023, 'Reporting', 'Business Intelligence dashboards');
-- affected: 3

OPTIMIZE TABLE st_articles FLUSH;
-- ok

-- doc: "This example searches for articles containing the term Database in the title or the phrase \"Business Intelligence\" in the body"
SELECT id FROM st_articles WHERE MATCH (TABLE st_articles) AGAINST ('title:Database OR body:("Business Intelligence")') ORDER BY id;
-- rows: [[1], [3]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/procedural-sql-reference/echo-select/
-- doc: CREATE TABLE video(vid INT, title VARCHAR(30)); CREATE TABLE play(user VARCHAR(30), vid INT, played_at DATETIME);
CREATE TABLE video(vid INT, title VARCHAR(30));
-- ok

CREATE TABLE play(user VARCHAR(30), vid INT, played_at DATETIME);
-- ok

INSERT INTO video VALUES (1, "Hercules"), (2, "Incredibles"), (3, "Up");
-- affected: 3

-- doc: INSERT INTO play VALUES("Jill", 1, "2018-07-15 20:00:00"); ... ("Rick", 2, ...20:01:00), ("Jane", 1, ...20:02:00), ("Bob", 2, ...20:03:00)
INSERT INTO play VALUES ("Jill", 1, "2018-07-15 20:00:00"), ("Rick", 2, "2018-07-15 20:01:00"), ("Jane", 1, "2018-07-15 20:02:00"), ("Bob", 2, "2018-07-15 20:03:00");
-- affected: 4

-- source: https://docs.singlestore.com/db/v9.1/query-data/select/
-- doc: "If multiple tables are queried, the subsequent table(s) that follow the first table will use a JOIN clause."
SELECT p.user, v.title FROM play p JOIN video v ON p.vid = v.vid ORDER BY p.played_at;
-- rows: [["Jill", "Hercules"], ["Rick", "Incredibles"], ["Jane", "Hercules"], ["Bob", "Incredibles"]]

SELECT v.title, COUNT(p.user) FROM video v LEFT JOIN play p ON p.vid = v.vid GROUP BY v.title ORDER BY v.title;
-- rows: [["Hercules", 2], ["Incredibles", 2], ["Up", 0]]

-- doc: "The GROUP BY clause groups rows together that have the same values" ... HAVING filters groups
SELECT vid, COUNT(*) AS plays FROM play GROUP BY vid HAVING COUNT(*) >= 2 ORDER BY vid;
-- rows: [[1, 2], [2, 2]]

SELECT user FROM play ORDER BY played_at LIMIT 2 OFFSET 1;
-- rows: [["Rick"], ["Jane"]]

SELECT user FROM play ORDER BY played_at LIMIT 1, 2;
-- rows: [["Rick"], ["Jane"]]

SELECT title FROM video WHERE vid IN (SELECT vid FROM play WHERE user = 'Rick');
-- rows: [["Incredibles"]]

SELECT title FROM video v WHERE NOT EXISTS (SELECT 1 FROM play p WHERE p.vid = v.vid);
-- rows: [["Up"]]

SELECT (SELECT COUNT(*) FROM play) AS total_plays;
-- rows: [[4]]

SELECT vid FROM video UNION SELECT vid FROM play ORDER BY vid;
-- rows: [[1], [2], [3]]

SELECT COUNT(*) FROM (SELECT vid FROM video UNION ALL SELECT vid FROM play) t;
-- rows: [[7]]

-- source: https://docs.singlestore.com/db/v9.1/query-data/advanced-query-topics/with-common-table-expressions/
-- doc: "WITH cte [, ...] cte: expression_name[(column_name, ...)] AS select_statement"
WITH plays AS (SELECT vid, COUNT(*) AS n FROM play GROUP BY vid)
SELECT v.title, plays.n FROM video v JOIN plays ON v.vid = plays.vid ORDER BY v.title;
-- rows: [["Hercules", 2], ["Incredibles", 2]]

-- doc: WITH myCTE (colAlias) AS (select col from myTable) select colAlias from myCTE;
WITH titles (t) AS (SELECT title FROM video) SELECT t FROM titles ORDER BY t;
-- rows: [["Hercules"], ["Incredibles"], ["Up"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/window-functions/row-number/
-- doc: CREATE TABLE rownum_example (a int, b int); INSERT INTO rownum_example VALUES(1,2),(2,2),(3,3),(4,3);
CREATE TABLE rownum_example (a int, b int);
-- ok

INSERT INTO rownum_example VALUES(1,2),(2,2),(3,3),(4,3);
-- affected: 4

-- doc: SELECT a,b, ROW_NUMBER() OVER(PARTITION BY b ORDER BY a DESC) FROM rownum_example; -> (2,2,1), (1,2,2), (4,3,1), (3,3,2)
SELECT a,b, ROW_NUMBER() OVER(PARTITION BY b ORDER BY a DESC) FROM rownum_example;
-- unordered-rows: [[2, 2, 1], [1, 2, 2], [4, 3, 1], [3, 3, 2]]

-- doc: "Returns the number of the current row within its partition."
SELECT a, ROW_NUMBER() OVER (ORDER BY a) AS rn FROM rownum_example ORDER BY a;
-- rows: [[1, 1], [2, 2], [3, 3], [4, 4]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-manipulation-language-dml/cube-and-rollup/
-- doc: CREATE TABLE cube_sales(state VARCHAR(30), product_id INT, quantity INT);
CREATE TABLE cube_sales(state VARCHAR(30), product_id INT, quantity INT);
-- ok

-- doc: INSERT cube_sales VALUES ("Oregon", 1, 10), ("Washington", 1, 15), ("California", 1, 40), ("Oregon", 2, 15), ("Washington", 2, 25), ("California", 2, 70);
INSERT cube_sales VALUES
  ("Oregon", 1, 10), ("Washington", 1, 15), ("California", 1, 40),
  ("Oregon", 2, 15), ("Washington", 2, 25), ("California", 2, 70);
-- affected: 6

-- doc: "ROLLUP(a, b) groups by (), (a), and (a, b)." / "Output rows for CUBE and ROLLUP contain a NULL value in the position of a grouping column if that row represents an aggregate result that does not group by that column."
SELECT state, product_id, SUM(quantity) FROM cube_sales GROUP BY ROLLUP(state, product_id);
-- unordered-rows: [[null, null, 175], ["California", null, 110], ["California", 1, 40], ["California", 2, 70], ["Oregon", null, 25], ["Oregon", 1, 10], ["Oregon", 2, 15], ["Washington", null, 40], ["Washington", 1, 15], ["Washington", 2, 25]]

-- doc: "CUBE(a, b) groups by (a), (b), (a, b) and ()"
SELECT state, product_id, SUM(quantity) FROM cube_sales GROUP BY CUBE(state, product_id);
-- unordered-rows: [[null, null, 175], [null, 1, 65], [null, 2, 110], ["California", null, 110], ["California", 1, 40], ["California", 2, 70], ["Oregon", null, 25], ["Oregon", 1, 10], ["Oregon", 2, 15], ["Washington", null, 40], ["Washington", 1, 15], ["Washington", 2, 25]]
