-- JSON functions and the :: operators. Every expectation comes from the SingleStore documentation page named by
-- the nearest preceding `-- source:`; `-- doc:` quotes the output shown there or the sentence a result is
-- derived from. JSON results are compared as JSON (SingleStore prints JSON normalized: no spaces, keys sorted).

-- source: https://docs.singlestore.com/v7.3/reference/sql-reference/json-functions/json_extract_type/
-- doc: SELECT JSON_EXTRACT_DOUBLE('{"a":1, "b":2, "c": [3,4,5]}', 'b') as get_b; -> 2
SELECT JSON_EXTRACT_DOUBLE('{"a":1, "b":2, "c": [3,4,5]}', 'b') as get_b;
-- rows: [[2]]

-- doc: SELECT JSON_EXTRACT_JSON('{"a":1, "b":2, "c": [3,4,5]}', 'c') as get_c; -> [3,4,5]
SELECT JSON_EXTRACT_JSON('{"a":1, "b":2, "c": [3,4,5]}', 'c') as get_c;
-- rows: [["[3,4,5]"]]

-- doc: SELECT JSON_EXTRACT_JSON('{"a":1, "b":2, "c": [3,4,5]}', 'c', 1) as get_c; -> 4
SELECT JSON_EXTRACT_JSON('{"a":1, "b":2, "c": [3,4,5]}', 'c', 1) as get_c;
-- rows: [[4]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-extract-type/
-- doc: "The function returns NULL if the path does not match or if either argument is NULL."
SELECT JSON_EXTRACT_DOUBLE('{"a":1, "b":2, "c": [3,4,5]}', 'z') AS missing;
-- rows: [[null]]

-- doc: "The function returns NULL if the path does not match" (array index past the end)
SELECT JSON_EXTRACT_DOUBLE('{"a":1, "b":2, "c": [3,4,5]}', 'c', 7) AS missing;
-- rows: [[null]]

-- doc: "SQL NULL if value is JSON NULL (such as {"a": null})"
SELECT JSON_EXTRACT_STRING('{"a": null}', 'a') AS json_null;
-- rows: [[null]]

-- doc: JSON_EXTRACT_BIGINT: "floating-point values are rounded to the nearest integer (for example, 1.4 becomes 1, and 1.5 becomes 2)"
SELECT JSON_EXTRACT_BIGINT('{"x": 1.4}', 'x'), JSON_EXTRACT_BIGINT('{"x": 1.5}', 'x');
-- rows: [[1, 2]]

-- doc: JSON_EXTRACT_BIGINT: "booleans (true and false) are converted to 1 and 0, respectively"
SELECT JSON_EXTRACT_BIGINT('{"t": true, "f": false}', 't'), JSON_EXTRACT_BIGINT('{"t": true, "f": false}', 'f');
-- rows: [[1, 0]]

-- doc: "JSON_EXTRACT_STRING extracts text and binary values and is equivalent to the ::$ JSON operator."
CREATE TABLE jf_items (id INT PRIMARY KEY, doc JSON);
-- ok

INSERT INTO jf_items VALUES
  (1, '{"name":"alpha","price":1.5,"qty":3,"tags":["x","y"],"dim":{"w":2,"h":4}}'),
  (2, '{"name":"beta","price":2.25,"qty":1,"tags":["y"],"dim":{"w":5,"h":1}}'),
  (3, '{"name":"gamma","price":0.5,"qty":7,"tags":[],"dim":{"w":1,"h":1}}');
-- affected: 3

-- doc: JSON_EXTRACT_STRING "extracts text" values from the keypath
SELECT id, JSON_EXTRACT_STRING(doc, 'name') FROM jf_items ORDER BY id;
-- rows: [[1, "alpha"], [2, "beta"], [3, "gamma"]]

-- doc: JSON_EXTRACT_STRING "is equivalent to the ::$ JSON operator"
SELECT id, doc::$name FROM jf_items ORDER BY id;
-- rows: [[1, "alpha"], [2, "beta"], [3, "gamma"]]

-- doc: "JSON_EXTRACT_DOUBLE extracts numeric values and is equivalent to the ::% JSON operator."
SELECT id, doc::%price FROM jf_items ORDER BY id;
-- rows: [[1, 1.5], [2, 2.25], [3, 0.5]]

-- doc: keypath is "a comma-separated list of object keys or zero-indexed array positions" (nested key)
SELECT id, JSON_EXTRACT_DOUBLE(doc, 'dim', 'h') FROM jf_items ORDER BY id;
-- rows: [[1, 4], [2, 1], [3, 1]]

-- doc: keypath with a zero-indexed array position
SELECT JSON_EXTRACT_STRING(doc, 'tags', 0) FROM jf_items WHERE id = 1;
-- rows: [["x"]]

-- doc: JSON_EXTRACT_JSON "extracts any valid JSON value, including true, false, JSON maps, and JSON lists"
SELECT JSON_EXTRACT_JSON(doc, 'dim') FROM jf_items WHERE id = 2;
-- rows: [["{\"h\":1,\"w\":5}"]]

-- doc: the path does not match -> NULL (::$ follows the same rules)
SELECT id, doc::$nope FROM jf_items ORDER BY id;
-- rows: [[1, null], [2, null], [3, null]]

-- doc: JSON_EXTRACT_BIGINT on 1.5 -> 2, on 2.25 -> 2 (rounded to the nearest integer)
SELECT id, JSON_EXTRACT_BIGINT(doc, 'price') FROM jf_items WHERE id IN (1, 2) ORDER BY id;
-- rows: [[1, 2], [2, 2]]

-- doc: ::$ in a WHERE clause (equivalent to JSON_EXTRACT_STRING)
SELECT id FROM jf_items WHERE doc::$name = 'beta';
-- rows: [[2]]

-- doc: ordering by an extracted double (::% is JSON_EXTRACT_DOUBLE)
SELECT id FROM jf_items ORDER BY doc::%price DESC;
-- rows: [[2], [1], [3]]

-- doc: comparison on an extracted number
SELECT id FROM jf_items WHERE doc::%qty > 2 ORDER BY id;
-- rows: [[1], [3]]

-- source: https://docs.singlestore.com/db/v7.3/reference/sql-reference/json-functions/json-keypaths
-- doc: CREATE TABLE greek_alpha (ltr_name text(25)); ... INSERT ... '{"posIds": [{ "text": "alpha" }, ...]}'
CREATE TABLE greek_alpha (ltr_name text(25));
-- ok

INSERT INTO greek_alpha (ltr_name) VALUES ('{
"posIds": [
{ "text": "alpha" },
{ "text": "beta" },
{ "text": "gamma" },
{ "text": "delta" }
]
}');
-- affected: 1

-- doc: SELECT JSON_EXTRACT_STRING(ltr_name, 'posIds', 2, 'text') ... "gamma" is in the position 2 of the array
SELECT JSON_EXTRACT_STRING(ltr_name, 'posIds', 2, 'text') FROM greek_alpha;
-- rows: [["gamma"]]

-- doc: SELECT ltr_name::posIds::`2`::text FROM greek_alpha; -> "gamma" (a JSON string; ::$ gives the text)
SELECT ltr_name::posIds::`2`::$text FROM greek_alpha;
-- rows: [["gamma"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-array-contains-type/
-- doc: SELECT JSON_ARRAY_CONTAINS_STRING('["alpha", "beta", "gamma", "delta"]', 'delta') AS has_delta; -> 1
SELECT JSON_ARRAY_CONTAINS_STRING('["alpha", "beta", "gamma", "delta"]', 'delta') AS has_delta;
-- rows: [[1]]

-- doc: SELECT JSON_ARRAY_CONTAINS_STRING('beta', 'delta') AS has_alpha; -> 0
SELECT JSON_ARRAY_CONTAINS_STRING('beta', 'delta') AS has_alpha;
-- rows: [[0]]

-- doc: SELECT JSON_ARRAY_CONTAINS_STRING('1', 'delta') AS has_delta; -> NULL
SELECT JSON_ARRAY_CONTAINS_STRING('1', 'delta') AS has_delta;
-- rows: [[null]]

-- doc: SELECT JSON_ARRAY_CONTAINS_DOUBLE('["delta", 1, 2, 3]', 2) AS has_three; -> 1
SELECT JSON_ARRAY_CONTAINS_DOUBLE('["delta", 1, 2, 3]', 2) AS has_three;
-- rows: [[1]]

-- doc: "1 (SQL TRUE) if the given JSON array contains a top-level element comparing equal to the specified value"
SELECT id FROM jf_items WHERE JSON_ARRAY_CONTAINS_STRING(doc::tags, 'y') ORDER BY id;
-- rows: [[1], [2]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-array-push-type/
-- doc: SELECT JSON_ARRAY_PUSH_STRING('["alpha", "beta"]', 'gamma') AS add_letters; -> ["alpha","beta","gamma"]
SELECT JSON_ARRAY_PUSH_STRING('["alpha", "beta"]', 'gamma') AS add_letters;
-- rows: [["[\"alpha\",\"beta\",\"gamma\"]"]]

-- doc: SELECT JSON_ARRAY_PUSH_STRING("0", "beta") AS add_letters; -> NULL (string literals written with ' here)
SELECT JSON_ARRAY_PUSH_STRING('0', 'beta') AS add_letters;
-- rows: [[null]]

-- doc: SELECT JSON_ARRAY_PUSH_DOUBLE('[1, 2, 3]', 'delta') AS position; -> [1,2,3,0]
SELECT JSON_ARRAY_PUSH_DOUBLE('[1, 2, 3]', 'delta') AS position;
-- rows: [["[1,2,3,0]"]]

-- doc: SELECT JSON_ARRAY_PUSH_JSON('["alpha", false]', '{"beta":"gamma"}') AS add_map; -> ["alpha",false,{"beta":"gamma"}]
SELECT JSON_ARRAY_PUSH_JSON('["alpha", false]', '{"beta":"gamma"}') AS add_map;
-- rows: [["[\"alpha\",false,{\"beta\":\"gamma\"}]"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-delete-key/
-- doc: SELECT JSON_DELETE_KEY('{"alpha": 1, "beta": 2, "gamma": 3}', 'alpha') AS del; -> {"beta":2,"gamma":3}
SELECT JSON_DELETE_KEY('{"alpha": 1, "beta": 2, "gamma": 3}', 'alpha') AS del;
-- rows: [["{\"beta\":2,\"gamma\":3}"]]

-- doc: ... 'zeta') AS nochange; -> {"alpha":1,"beta":2,"gamma":3}
SELECT JSON_DELETE_KEY('{"alpha": 1, "beta": 2, "gamma": 3}', 'zeta') AS nochange;
-- rows: [["{\"alpha\":1,\"beta\":2,\"gamma\":3}"]]

-- doc: SELECT JSON_DELETE_KEY('{"alpha":[1,2,3]}','alpha', 1) AS array_delete; -> {"alpha":[1,3]}
SELECT JSON_DELETE_KEY('{"alpha":[1,2,3]}','alpha', 1) AS array_delete;
-- rows: [["{\"alpha\":[1,3]}"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-set-type/
-- doc: "If the keyname does not exist in a map, it will be added."
SELECT JSON_SET_STRING('{"a":1}', 'b', 'hello');
-- rows: [["{\"a\":1,\"b\":\"hello\"}"]]

-- doc: "If it does exist, the value will be overwritten."
SELECT JSON_SET_DOUBLE('{"a":1,"b":2}', 'b', 5);
-- rows: [["{\"a\":1,\"b\":5}"]]

-- doc: "JSON_SET_JSON is for all valid JavaScript types, including true, false, JSON maps, and lists."
SELECT JSON_SET_JSON('{"a":1}', 'b', '[1,2]');
-- rows: [["{\"a\":1,\"b\":[1,2]}"]]

-- doc: "SQL NULL if JSON is not a valid JSON map or array."
SELECT JSON_SET_STRING('alpha', 'b', 'x');
-- rows: [[null]]

-- doc: JSON_SET_<type> on a JSON column in an UPDATE (overwrites an existing key)
UPDATE jf_items SET doc = JSON_SET_DOUBLE(doc, 'qty', 10) WHERE id = 3;
-- affected: 1

SELECT doc::%qty FROM jf_items WHERE id = 3;
-- rows: [[10]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-keys/
-- doc: SELECT JSON_KEYS('{"letter": "beta", "lang": {"greek": 2}}'); -> ["lang","letter"]
SELECT JSON_KEYS('{"letter": "beta", "lang": {"greek": 2}}');
-- rows: [["[\"lang\",\"letter\"]"]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/json-functions/json-get-type/
-- doc: SELECT JSON_GET_TYPE('true'); -> boolean
SELECT JSON_GET_TYPE('true');
-- rows: [["boolean"]]

-- doc: SELECT JSON_GET_TYPE('12345'); -> double
SELECT JSON_GET_TYPE('12345');
-- rows: [["double"]]

-- doc: SELECT JSON_GET_TYPE('"alpha, beta, gamma"'); -> string
SELECT JSON_GET_TYPE('"alpha, beta, gamma"');
-- rows: [["string"]]

-- doc: SELECT JSON_GET_TYPE('[1,2,3]'); -> array
SELECT JSON_GET_TYPE('[1,2,3]');
-- rows: [["array"]]

-- doc: SELECT JSON_GET_TYPE('{"alpha":1, "beta":2}'); -> object
SELECT JSON_GET_TYPE('{"alpha":1, "beta":2}');
-- rows: [["object"]]

-- doc: SELECT JSON_GET_TYPE('null'); -> null ("A JSON or Javascript null value is distinct from SQL NULL.")
SELECT JSON_GET_TYPE('null');
-- rows: [["null"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-build-object/
-- doc: "Running the SELECT JSON_BUILD_OBJECT( ); command returns {}."
SELECT JSON_BUILD_OBJECT();
-- rows: [["{}"]]

-- doc: "If the same key is specified a multiple number of times with different values, only the last value is applied"
SELECT JSON_BUILD_OBJECT('a', 1, 'a', 2);
-- rows: [["{\"a\":2}"]]

-- doc: "The key arguments are converted to strings. The value arguments are converted according to TO_JSON."
SELECT JSON_BUILD_OBJECT('name', 'alpha', 'n', 1);
-- rows: [["{\"n\":1,\"name\":\"alpha\"}"]]

-- source: https://docs.singlestore.com/db/v9.1/reference/sql-reference/json-functions/json-build-array
-- doc: "SQL-NULL is a valid argument value and will be converted to JSON-null."
SELECT JSON_BUILD_ARRAY(1, 'abc', NULL);
-- rows: [["[1,\"abc\",null]"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-agg/
-- doc: "JSON_AGG combines values and returns the combined data as a single JSON row." ... ORDER BY supported
SELECT JSON_AGG(doc::$name ORDER BY id) FROM jf_items;
-- rows: [["[\"alpha\",\"beta\",\"gamma\"]"]]

-- doc: JSON_AGG(... ORDER BY expression DESC)
SELECT JSON_AGG(id ORDER BY id DESC) FROM jf_items;
-- rows: [["[3,2,1]"]]

-- doc: "NULL values are included in the aggregation."
SELECT JSON_AGG(doc::$nope) FROM jf_items;
-- rows: [["[null,null,null]"]]
