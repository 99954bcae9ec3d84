-- Functions a local emulation cannot reasonably provide: the local server answers error 1706.

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-to-array/
-- doc: "The following example demonstrates the usage of JSON_TO_ARRAY() function through UDFs." (procedural SQL UDF,
-- written on one line here; the doc wraps it in DELIMITER // ... //)
CREATE OR REPLACE FUNCTION array_as_string(a ARRAY(JSON) NULL) RETURNS VARCHAR(255) AS DECLARE result VARCHAR(255); BEGIN IF isnull(a) THEN result = "NULL"; ELSE result = "Values: ["; FOR i IN 0 .. LENGTH(a) - 1 LOOP IF i < LENGTH(a) - 1 THEN result = CONCAT(result, a[i], ", "); ELSE result = CONCAT(result, a[i], ""); END IF; END LOOP; END IF; RETURN CONCAT(result, "]"); END;
-- unsupported
