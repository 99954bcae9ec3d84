-- CREATE TABLE as SingleStore users write it (table kinds, keys, table options, computed columns), ALTER TABLE,
-- DROP/TRUNCATE, views, and the DML that proves what the DDL means. Every expectation comes from the SingleStore
-- documentation page named by the nearest preceding `-- source:`; `-- doc:` quotes the output or the sentence it
-- was derived from. Error codes are the MySQL codes SingleStore reports for the documented condition.

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/create-table/
-- doc: "As of version 7.3 of SingleStore, Columnstore is the default table storage format." / "SHARD KEY ... SORT KEY (<index_column_name>,... [DESC])"
CREATE TABLE ct_customers (
  id BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  email VARCHAR(100),
  created DATE,
  PRIMARY KEY (id),
  SHARD KEY (id),
  SORT KEY (created)
);
-- ok

-- doc: "INSERT [IGNORE] [INTO] <table_name> [(<column_name>,...)] [VALUES | VALUE] (expr,...),(...),..."
INSERT INTO ct_customers VALUES (1, 'Ann', 'ann@example.com', '2024-01-02'), (2, 'Bob', NULL, '2024-02-03');
-- affected: 2

SELECT id, name, email, created FROM ct_customers ORDER BY id;
-- rows: [[1, "Ann", "ann@example.com", "2024-01-02"], [2, "Bob", null, "2024-02-03"]]

-- source: https://docs.singlestore.com/cloud/query-data/advanced-query-topics/performing-upserts/
-- doc: without ON DUPLICATE KEY UPDATE, a row "that would result in a duplicate value in a PRIMARY KEY or UNIQUE KEY" is rejected (ER_DUP_ENTRY)
INSERT INTO ct_customers VALUES (1, 'Again', NULL, NULL);
-- error: 1062

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/create-table/
-- doc: "<column_definition>: <data_type> [NOT NULL | NULL] [DEFAULT <default_value>]" (NOT NULL column given NULL -> ER_BAD_NULL_ERROR)
INSERT INTO ct_customers VALUES (3, NULL, 'x@example.com', '2024-03-04');
-- error: 1048

SELECT COUNT(*) FROM ct_customers;
-- rows: [[2]]

-- doc: "CREATE [ROWSTORE] [REFERENCE | TEMPORARY | GLOBAL TEMPORARY] TABLE [IF NOT EXISTS] <table_name>" / "<index_type>: USING { BTREE | HASH }"
CREATE ROWSTORE TABLE IF NOT EXISTS ct_orders (
  id INT PRIMARY KEY,
  customer_id BIGINT,
  amount DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  status VARCHAR(20) DEFAULT 'new',
  KEY (customer_id) USING HASH
);
-- ok

-- doc: "[IF NOT EXISTS]": creating an existing table again with IF NOT EXISTS is not an error
CREATE ROWSTORE TABLE IF NOT EXISTS ct_orders (id INT PRIMARY KEY);
-- ok

-- doc: without IF NOT EXISTS an existing name is an error (ER_TABLE_EXISTS_ERROR)
CREATE TABLE ct_orders (id INT);
-- error: 1050

INSERT INTO ct_orders (id, customer_id) VALUES (10, 1);
-- affected: 1

-- doc: "[DEFAULT <default_value>]": omitted columns take their defaults
SELECT id, customer_id, amount, status FROM ct_orders WHERE id = 10;
-- rows: [[10, 1, "0.00", "new"]]

-- source: https://docs.singlestore.com/db/v9.1/introduction/distributed-architecture/distributed-sql-surface-area/
-- doc: "Reference tables must have explicit primary keys."
CREATE REFERENCE TABLE ct_countries (code CHAR(2) PRIMARY KEY, name VARCHAR(50));
-- ok

INSERT INTO ct_countries VALUES ('US', 'United States'), ('FR', 'France');
-- affected: 2

SELECT code, name FROM ct_countries ORDER BY code;
-- rows: [["FR", "France"], ["US", "United States"]]

INSERT INTO ct_countries VALUES ('FR', 'France again');
-- error: 1062

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/create-table/
-- doc: "[CONSTRAINT [symbol]] SHARD KEY [<index_type>] (<index_column_name>,...)" with an empty column list (keyless sharding)
CREATE TABLE ct_events (ts DATETIME, msg TEXT, SHARD KEY ());
-- ok

INSERT INTO ct_events VALUES ('2024-05-06 07:08:09', 'started'), ('2024-05-06 07:08:10', 'stopped');
-- affected: 2

SELECT ts, msg FROM ct_events ORDER BY ts;
-- rows: [["2024-05-06 07:08:09", "started"], ["2024-05-06 07:08:10", "stopped"]]

-- source: https://docs.singlestore.com/db/v7.6/reference/sql-reference/show-commands/show-create-table/
-- doc: SHOW CREATE TABLE output for a columnstore table: "KEY `b` (`b`) USING CLUSTERED COLUMNSTORE, SHARD KEY ()"
CREATE TABLE ct_metrics (id BIGINT, v DOUBLE, KEY (id) USING CLUSTERED COLUMNSTORE, SHARD KEY (id));
-- ok

INSERT INTO ct_metrics VALUES (1, 0.5), (2, 1.5);
-- affected: 2

SELECT SUM(v) FROM ct_metrics;
-- rows: [[2]]

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/create-table/
-- doc: "[CONSTRAINT [symbol]] PRIMARY KEY [<index_type>] (<index_column_name>,...)" / "[<table_options>] [COLLATE <collation_name>]"
CREATE ROWSTORE TABLE ct_data (
  id VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  value BIGINT NOT NULL,
  PRIMARY KEY (id) USING HASH
) DEFAULT CHARSET = utf8 COLLATE = utf8_unicode_ci;
-- ok

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-manipulation-language-dml/insert
-- doc: "INSERT [IGNORE] [INTO] <table_name> SET <column_name>=expr, ..."
INSERT INTO ct_data SET id = 'a', name = 'antelopes', value = 2;
-- affected: 1

INSERT INTO ct_data SET id = 'a', name = 'aardvarks', value = 3;
-- error: 1062

SELECT name, value FROM ct_data WHERE id = 'a';
-- rows: [["antelopes", 2]]

-- source: https://docs.singlestore.com/db/v9.1/introduction/distributed-architecture/distributed-sql-surface-area/
-- doc: "Sharded tables do not support unique keys (unless the unique key contains all columns of the shard key)."
CREATE TABLE ct_users (id BIGINT, email VARCHAR(100), UNIQUE KEY (email), SHARD KEY (email));
-- ok

INSERT INTO ct_users VALUES (1, 'a@example.com'), (2, 'b@example.com');
-- affected: 2

-- source: https://docs.singlestore.com/cloud/query-data/advanced-query-topics/performing-upserts/
-- doc: a row "that would result in a duplicate value in a PRIMARY KEY or UNIQUE KEY" (no upsert clause) is rejected
INSERT INTO ct_users VALUES (3, 'a@example.com');
-- error: 1062

SELECT id FROM ct_users WHERE email = 'a@example.com';
-- rows: [[1]]

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/create-table/
-- doc: "[CONSTRAINT [symbol]] PRIMARY KEY [<index_type>] (<index_column_name>,...)" with two columns
CREATE TABLE ct_lines (order_id BIGINT, line INT, qty INT, PRIMARY KEY (order_id, line), SHARD KEY (order_id));
-- ok

INSERT INTO ct_lines VALUES (1, 1, 5), (1, 2, 7), (2, 1, 1);
-- affected: 3

INSERT INTO ct_lines VALUES (1, 2, 9);
-- error: 1062

-- doc: "FULLTEXT[USING VERSION 1][<index_name>] (<index_column_name>,...)"
CREATE TABLE ct_docs (id BIGINT, body TEXT, SORT KEY (id), FULLTEXT (body));
-- ok

-- source: https://docs.singlestore.com/cloud/developer-resources/functional-extensions/working-with-full-text-search/
-- doc: "CREATE TABLE articles (id INT UNSIGNED, year int UNSIGNED, title VARCHAR(200), body TEXT, SORT KEY (id), FULLTEXT USING VERSION 2 art_ft_index (title, body));"
CREATE TABLE articles (
  id INT UNSIGNED,
  year INT UNSIGNED,
  title VARCHAR(200),
  body TEXT,
  SORT KEY (id),
  FULLTEXT USING VERSION 2 art_ft_index (title, body)
);
-- ok

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/create-table/
-- doc: "VECTOR {INDEX|KEY} [<index_name>] (<column>) [INDEX_OPTIONS '<json>']"
CREATE TABLE ct_embeddings (
  id BIGINT,
  v VECTOR(3) NOT NULL,
  SHARD KEY (id),
  VECTOR INDEX v_idx (v) INDEX_OPTIONS '{"index_type":"HNSW_FLAT"}'
);
-- ok

INSERT INTO ct_embeddings VALUES (1, '[1,0,0]'), (2, '[0,1,0]');
-- affected: 2

SELECT COUNT(*) FROM ct_embeddings;
-- rows: [[2]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-definition-language-ddl/create-table-with-an-auto-increment-column/
-- doc: "CREATE TABLE ct_auto (c1 INT AUTO_INCREMENT PRIMARY KEY); INSERT INTO ct_auto (c1) VALUES (10);" (distributed tables use BIGINT, see Distributed SQL Surface Area)
CREATE TABLE ct_auto (c1 BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20));
-- ok

-- doc: "When you insert a new row, and the AUTO_INCREMENT field is DEFAULT, NULL, or 0, SingleStore automatically assigns a value."
INSERT INTO ct_auto (name) VALUES ('a'), ('b'), ('c');
-- affected: 3

-- doc: "AUTO_INCREMENT only guarantees that automatically-generated values are unique" / "This value cannot be set to 0."
SELECT COUNT(DISTINCT c1), MIN(c1) > 0 FROM ct_auto;
-- rows: [[3, 1]]

INSERT INTO ct_auto (c1, name) VALUES (NULL, 'd');
-- affected: 1

SELECT COUNT(*), COUNT(c1) FROM ct_auto;
-- rows: [[4, 4]]

-- doc: "a value is added explicitly to the AUTO_INCREMENT column": INSERT INTO ct_auto (c1) VALUES (10)
INSERT INTO ct_auto (c1, name) VALUES (1000000, 'explicit');
-- affected: 1

SELECT name FROM ct_auto WHERE c1 = 1000000;
-- rows: [["explicit"]]

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/create-table/
-- doc: "[<table_options>]" with AUTO_INCREMENT and COMMENT table options
CREATE TABLE ct_opts (id BIGINT AUTO_INCREMENT, note VARCHAR(100), KEY (id)) AUTO_INCREMENT = 1000 COMMENT = 'table options demo';
-- ok

-- doc: "<column_name> { <column_definition> | AS <computed_column_definition> }" / "computed_column_expression PERSISTED [data_type | AUTO]"
CREATE TABLE ct_comp (a INT, b INT, total AS a + b PERSISTED INT);
-- ok

INSERT INTO ct_comp (a, b) VALUES (2, 3), (10, 20);
-- affected: 2

SELECT a, b, total FROM ct_comp ORDER BY a;
-- rows: [[2, 3, 5], [10, 20, 30]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/geospatial-functions/geography-point/
-- doc: "CREATE ROWSTORE TABLE geopoint (id INT UNSIGNED PRIMARY KEY, lon FLOAT, lat FLOAT, location AS GEOGRAPHY_POINT(lon, lat) PERSISTED GEOGRAPHYPOINT, INDEX(location));"
CREATE ROWSTORE TABLE geopoint (
  id INT UNSIGNED PRIMARY KEY,
  lon FLOAT,
  lat FLOAT,
  location AS GEOGRAPHY_POINT(lon, lat) PERSISTED GEOGRAPHYPOINT,
  INDEX(location)
);
-- ok

-- doc: "INSERT INTO geopoint VALUES(1, 50.01, 40.01);"
INSERT INTO geopoint VALUES(1, 50.01, 40.01);
-- affected: 1

-- doc: SELECT * FROM geopoint; -> | 1 | 50.01 | 40.01 | POINT(50.00999831 40.00999832) |
SELECT id, location FROM geopoint;
-- rows: [[1, "POINT(50.00999831 40.00999832)"]]

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/alter-table/
-- doc: "ADD [COLUMN] col_name { column_definition | AS computed_column_definition } [FIRST | AFTER <column_name>]"
ALTER TABLE ct_customers ADD COLUMN phone VARCHAR(20);
-- ok

SELECT id, phone FROM ct_customers ORDER BY id;
-- rows: [[1, null], [2, null]]

-- doc: "DROP [COLUMN] <column_name>"
ALTER TABLE ct_customers DROP COLUMN phone;
-- ok

-- doc: after DROP COLUMN the column no longer exists (ER_BAD_FIELD_ERROR)
SELECT phone FROM ct_customers;
-- error: 1054

-- doc: "MODIFY [COLUMN] <column_name> <column_definition> [FIRST | AFTER <column_name>]"
ALTER TABLE ct_orders MODIFY COLUMN status VARCHAR(40) DEFAULT 'new';
-- ok

-- doc: "CHANGE <old_column_name> <new_column_name>" (renames; no column definition)
ALTER TABLE ct_orders CHANGE status order_status;
-- ok

SELECT order_status FROM ct_orders WHERE id = 10;
-- rows: [["new"]]

-- doc: "ADD [UNIQUE] { INDEX | KEY } [<index_name>] [<index_type>] (<index_column_name>, ...)"
ALTER TABLE ct_orders ADD INDEX idx_amount (amount);
-- ok

-- doc: "DROP { INDEX | KEY } <index_name>"
ALTER TABLE ct_orders DROP INDEX idx_amount;
-- ok

-- doc: "AUTOSTATS_ENABLED = {ON|OFF}"
ALTER TABLE ct_customers AUTOSTATS_ENABLED = OFF;
-- ok

-- doc: "RENAME [TO | AS] <new_table_name>"
ALTER TABLE ct_orders RENAME TO ct_orders2;
-- ok

SELECT COUNT(*) FROM ct_orders2;
-- rows: [[1]]

-- doc: after RENAME the old name no longer exists (ER_NO_SUCH_TABLE)
SELECT COUNT(*) FROM ct_orders;
-- error: 1146

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/create-table/
-- doc: "CREATE [ROWSTORE] ... TABLE [IF NOT EXISTS] <table_name> (<create_definition>,...) [<table_options>] [[AS] SELECT ...]"
CREATE TABLE ct_cust_copy AS SELECT id, name FROM ct_customers;
-- ok

SELECT id, name FROM ct_cust_copy ORDER BY id;
-- rows: [[1, "Ann"], [2, "Bob"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/data-definition-language-ddl/create-view/
-- doc: "CREATE [DEFINER = { <user> | CURRENT_USER }] [SCHEMA_BINDING = { ON | OFF }] VIEW <view_name> AS <select_statement>"
CREATE VIEW ct_v AS SELECT id, name FROM ct_customers WHERE id = 1;
-- ok

SELECT id, name FROM ct_v;
-- rows: [[1, "Ann"]]

-- source: https://docs.singlestore.com/db/v7.5/reference/sql-reference/data-definition-language-ddl/create-view
-- doc: "The following permissions apply to views: SELECT, CREATE VIEW, ALTER VIEW, DROP VIEW, SHOW VIEW"
DROP VIEW ct_v;
-- ok

SELECT id FROM ct_v;
-- error: 1146

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/truncate/
-- doc: "TRUNCATE [TABLE] <table_name>" / "The TRUNCATE command removes all rows from a table."
TRUNCATE TABLE ct_cust_copy;
-- ok

SELECT COUNT(*) FROM ct_cust_copy;
-- rows: [[0]]

TRUNCATE ct_events;
-- ok

SELECT COUNT(*) FROM ct_events;
-- rows: [[0]]

-- source: https://docs.singlestore.com/db/v10/reference/sql-reference/data-definition-language-ddl/create-table/
-- doc: DROP TABLE removes a table created with CREATE TABLE; IF EXISTS makes a missing table a no-op
DROP TABLE ct_cust_copy;
-- ok

DROP TABLE IF EXISTS ct_cust_copy;
-- ok

SELECT COUNT(*) FROM ct_cust_copy;
-- error: 1146
