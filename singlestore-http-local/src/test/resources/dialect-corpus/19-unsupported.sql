-- SingleStore statements a local emulation cannot perform (pipelines, stored code, cluster administration,
-- backups, connection links). Each is written as SingleStore's documentation shows it; the local server answers
-- them with error 1706 ("not supported"). Procedure and function bodies are kept on one line so that the only
-- line-ending semicolon is the statement's own.

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/pipelines-commands/create-pipeline/
-- doc: "CREATE [OR REPLACE] [AGGREGATOR] PIPELINE [IF NOT EXISTS] <pipeline_name> AS LOAD DATA { kafka_configuration | s3_configuration | ... } ... { INTO TABLE <table_name> | INTO PROCEDURE <procedure_name> }"
CREATE PIPELINE books_pipeline
AS LOAD DATA S3 'my-bucket-name/books/'
CONFIG '{"region": "us-east-1"}'
CREDENTIALS '{"aws_access_key_id": "replace_with_your_access_key_id", "aws_secret_access_key": "replace_with_your_secret_access_key"}'
INTO TABLE books
FIELDS TERMINATED BY ',';
-- unsupported

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/pipelines-commands/start-pipeline/
-- doc: "START PIPELINE [IF NOT RUNNING] pipeline_name [FOREGROUND [LIMIT count BATCHES] ];"
START PIPELINE books_pipeline FOREGROUND LIMIT 1 BATCHES;
-- unsupported

-- source: https://docs.singlestore.com/db/v8.1/reference/sql-reference/procedural-sql-reference/echo
-- doc: "CREATE PROCEDURE return_scalar() RETURNS INT AS BEGIN RETURN 2; END //"
CREATE PROCEDURE return_scalar() RETURNS INT AS BEGIN RETURN 2; END;
-- unsupported

-- doc: "ECHO return_scalar();" -> | RESULT | 2 |
ECHO return_scalar();
-- unsupported

-- source: https://docs.singlestore.com/db/v7.5/reference/sql-reference/procedural-sql-reference/call/
-- doc: "The following example executes a stored procedure named snapshot_db that accepts a VARCHAR as an input parameter. CALL snapshot_db('db1');"
CALL snapshot_db('db1');
-- unsupported

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/operational-commands/set-global/
-- doc: "SET GLOBAL variable_name = value" (example variable from CREATE VIEW: "SET GLOBAL enable_writable_views = 1;")
SET GLOBAL enable_writable_views = 1;
-- unsupported

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/resource-pool-commands/create-resource-pool
-- doc: "CREATE RESOURCE POOL [IF NOT EXISTS] pool_name [ WITH resource_setting [, ...n] ]" / "MEMORY_PERCENTAGE = percent | QUERY_TIMEOUT = seconds"
CREATE RESOURCE POOL test_pool WITH MEMORY_PERCENTAGE = 60, QUERY_TIMEOUT = 20;
-- unsupported

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/security-management-commands/create-link/
-- doc: "CREATE LINK [IF NOT EXISTS] [db_name.]connection_name AS { S3 | AZURE | GCS | HDFS | HTTP | KAFKA | MONGODB | MYSQL } CREDENTIALS 'credentials_json' [ CONFIG 'configuration_json' ] [ DESCRIPTION 'description' ]"
CREATE LINK s3_link AS S3 CREDENTIALS '{"aws_access_key_id": "replace_with_your_access_key_id", "aws_secret_access_key": "replace_with_your_secret_access_key"}' CONFIG '{"region": "us-east-1"}' DESCRIPTION 'example link';
-- unsupported

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/operational-commands/backup-database/
-- doc: "BACKUP [DATABASE] <database_name> ... TO S3 \"bucket/path\" [TIMEOUT <timeout_value>] [CONFIG configuration_json] CREDENTIALS credentials_json"
BACKUP DATABASE memsql_demo TO S3 "backup_bucket/backups" CONFIG '{"region": "us-east-1"}' CREDENTIALS '{"aws_access_key_id": "replace_with_your_access_key_id", "aws_secret_access_key": "replace_with_your_secret_access_key"}';
-- unsupported

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/procedural-sql-reference/create-function-udf/
-- doc: "CREATE [OR REPLACE] FUNCTION function_name ( [parameter_list] ) RETURNS { data_type [data_type_modifier] } [DETERMINISTIC] AS [DECLARE variable_list] BEGIN function_body END ;"
CREATE FUNCTION plus_one(a INT) RETURNS INT AS BEGIN RETURN a + 1; END;
-- unsupported

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/procedural-sql-reference/create-aggregate/
-- doc: "CREATE [OR REPLACE] AGGREGATE function_name ( [parameter_list] ) RETURNS { data_type [data_type_modifier] } WITH STATE data_type INITIALIZE WITH udf_function_name ITERATE WITH udf_function_name MERGE WITH udf_function_name TERMINATE WITH udf_function_name"
CREATE AGGREGATE avg_of(DOUBLE) RETURNS DOUBLE WITH STATE RECORD(s DOUBLE, c BIGINT) INITIALIZE WITH avg_init ITERATE WITH avg_iter MERGE WITH avg_merge TERMINATE WITH avg_terminate;
-- unsupported
