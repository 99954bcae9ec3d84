-- SingleStore's JSON and vector functions as MariaDB stored functions, created in the helper database.
-- MariaDbRenderer calls them qualified by that database; JSON paths are built by the renderer from the
-- function's key arguments. Vectors are JSON array text. Statements are separated by lines holding only "$$".
CREATE OR REPLACE FUNCTION json_extract_string(doc LONGTEXT, path TEXT) RETURNS LONGTEXT CHARSET utf8mb4
DETERMINISTIC
RETURN IF(JSON_TYPE(JSON_EXTRACT(doc, path)) = 'NULL', NULL, JSON_UNQUOTE(JSON_EXTRACT(doc, path)))
$$
CREATE OR REPLACE FUNCTION json_extract_double(doc LONGTEXT, path TEXT) RETURNS DOUBLE
DETERMINISTIC
RETURN IF(JSON_TYPE(JSON_EXTRACT(doc, path)) IN ('INTEGER', 'DOUBLE', 'STRING', 'BOOLEAN'),
	JSON_UNQUOTE(JSON_EXTRACT(doc, path)) + 0e0, NULL)
$$
CREATE OR REPLACE FUNCTION json_extract_bigint(doc LONGTEXT, path TEXT) RETURNS BIGINT
DETERMINISTIC
RETURN CASE JSON_TYPE(JSON_EXTRACT(doc, path))
	WHEN 'INTEGER' THEN CAST(JSON_EXTRACT(doc, path) AS SIGNED)
	WHEN 'DOUBLE' THEN CAST(ROUND(JSON_EXTRACT(doc, path)) AS SIGNED)
	WHEN 'BOOLEAN' THEN IF(JSON_EXTRACT(doc, path) = true, 1, 0)
	WHEN 'STRING' THEN CAST(JSON_UNQUOTE(JSON_EXTRACT(doc, path)) AS SIGNED)
	ELSE NULL END
$$
CREATE OR REPLACE FUNCTION vector_elements_sum(a LONGTEXT) RETURNS DOUBLE
DETERMINISTIC
BEGIN
	DECLARE n INT DEFAULT JSON_LENGTH(a);
	DECLARE i INT DEFAULT 0;
	DECLARE total DOUBLE DEFAULT 0;
	IF a IS NULL THEN
		RETURN NULL;
	END IF;
	WHILE i < n DO
		SET total = total + JSON_EXTRACT(a, CONCAT('$[', i, ']'));
		SET i = i + 1;
	END WHILE;
	RETURN total;
END
$$
CREATE OR REPLACE FUNCTION vector_combine(a LONGTEXT, b LONGTEXT, operation CHAR(1)) RETURNS LONGTEXT CHARSET utf8mb4
DETERMINISTIC
BEGIN
	DECLARE n INT DEFAULT JSON_LENGTH(a);
	DECLARE i INT DEFAULT 0;
	DECLARE x DOUBLE;
	DECLARE y DOUBLE;
	DECLARE result LONGTEXT CHARSET utf8mb4 DEFAULT '[]';
	IF a IS NULL OR b IS NULL THEN
		RETURN NULL;
	END IF;
	IF n <> JSON_LENGTH(b) THEN
		SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1105, MESSAGE_TEXT = 'Vectors must have the same number of elements';
	END IF;
	WHILE i < n DO
		SET x = JSON_EXTRACT(a, CONCAT('$[', i, ']'));
		SET y = JSON_EXTRACT(b, CONCAT('$[', i, ']'));
		SET result = JSON_ARRAY_APPEND(result, '$', CASE operation WHEN '+' THEN x + y WHEN '-' THEN x - y ELSE x * y END);
		SET i = i + 1;
	END WHILE;
	RETURN result;
END
$$
CREATE OR REPLACE FUNCTION vector_scale(factor DOUBLE, a LONGTEXT) RETURNS LONGTEXT CHARSET utf8mb4
DETERMINISTIC
BEGIN
	DECLARE n INT DEFAULT JSON_LENGTH(a);
	DECLARE i INT DEFAULT 0;
	DECLARE result LONGTEXT CHARSET utf8mb4 DEFAULT '[]';
	IF a IS NULL OR factor IS NULL THEN
		RETURN NULL;
	END IF;
	WHILE i < n DO
		SET result = JSON_ARRAY_APPEND(result, '$', factor * JSON_EXTRACT(a, CONCAT('$[', i, ']')));
		SET i = i + 1;
	END WHILE;
	RETURN result;
END
$$
CREATE OR REPLACE FUNCTION vector_subvector(a LONGTEXT, start INT, length INT) RETURNS LONGTEXT CHARSET utf8mb4
DETERMINISTIC
BEGIN
	DECLARE i INT DEFAULT start;
	DECLARE result LONGTEXT CHARSET utf8mb4 DEFAULT '[]';
	IF a IS NULL THEN
		RETURN NULL;
	END IF;
	WHILE i < LEAST(JSON_LENGTH(a), start + length) DO
		SET result = JSON_ARRAY_APPEND(result, '$', JSON_EXTRACT(a, CONCAT('$[', i, ']')));
		SET i = i + 1;
	END WHILE;
	RETURN result;
END
$$
CREATE OR REPLACE FUNCTION vector_dot_product(a LONGTEXT, b LONGTEXT) RETURNS DOUBLE
DETERMINISTIC
RETURN vector_elements_sum(vector_combine(a, b, '*'))
$$
CREATE OR REPLACE FUNCTION vector_euclidean_distance(a LONGTEXT, b LONGTEXT) RETURNS DOUBLE
DETERMINISTIC
RETURN SQRT(vector_dot_product(vector_combine(a, b, '-'), vector_combine(a, b, '-')))
