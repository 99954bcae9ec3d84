-- Vector type and vector functions. Every expectation comes from the SingleStore documentation page named by
-- the nearest preceding `-- source:`; `-- doc:` quotes the output shown there or the sentence a result is
-- derived from. Vector values are written exactly as the documentation prints them (F32 artefacts included,
-- e.g. 0.550000012); JSON arrays are compared as JSON.
-- Note: SingleStore 8.7+ projects VECTOR columns in binary unless `SET vector_type_project_format = JSON`;
-- the cases that select a VECTOR value directly follow the 8.5 page, which prints JSON.

-- source: https://docs.singlestore.com/db/v8.5/reference/sql-reference/data-types/vector-type/
-- doc: CREATE TABLE exp_data(col_a VECTOR(3)); "The elementType will default to F32."
CREATE TABLE exp_data(col_a VECTOR(3));
-- ok

INSERT INTO exp_data VALUES('[0.267261237,0.534522474,0.801783681]');
-- affected: 1

INSERT INTO exp_data VALUES('[0.371390671,0.557085991,0.742781341]');
-- affected: 1

INSERT INTO exp_data VALUES('[0.424264073,0.565685451,0.707106829]');
-- affected: 1

-- doc: SELECT col_a FROM exp_data; -> the three vectors as inserted (no ORDER BY in the doc)
SELECT col_a FROM exp_data;
-- unordered-rows: [["[0.267261237,0.534522474,0.801783681]"], ["[0.424264073,0.565685451,0.707106829]"], ["[0.371390671,0.557085991,0.742781341]"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/vector-num-elements/
-- doc: CREATE TABLE vectors (id int, vec VECTOR(4) not null);
CREATE TABLE vectors (id int, vec VECTOR(4) not null);
-- ok

INSERT INTO vectors VALUES (1, '[0.45, 0.55, 0.495, 0.5]');
-- affected: 1

INSERT INTO vectors VALUES (2, '[0.1, 0.8, 0.2, 0.555]');
-- affected: 1

INSERT INTO vectors VALUES (3, '[-0.5, -0.03, -0.1, 0.86]');
-- affected: 1

INSERT INTO vectors VALUES (4, '[0.5, 0.3, 0.807, 0.1]');
-- affected: 1

-- doc: SELECT id, VECTOR_NUM_ELEMENTS(vec) FROM vectors WHERE id = 2; -> | 2 | 4 |
SELECT id, VECTOR_NUM_ELEMENTS(vec) FROM vectors WHERE id = 2;
-- rows: [[2, 4]]

-- source: https://docs.singlestore.com/db/v8.9/reference/sql-reference/vector-functions/vector-elements-sum
-- doc: SELECT id, VECTOR_ELEMENTS_SUM(vec) FROM vectors ORDER BY id; -> 1.9950000047683716, 1.6550000235438347, 0.23000001348555088, 1.706999994814396
SELECT id, VECTOR_ELEMENTS_SUM(vec) FROM vectors ORDER BY id;
-- rows: [[1, 1.9950000047683716], [2, 1.6550000235438347], [3, 0.23000001348555088], [4, 1.706999994814396]]

-- source: https://docs.singlestore.com/db/v8.9/reference/sql-reference/vector-functions/vector-kth-element
-- doc: SELECT id, VECTOR_KTH_ELEMENT(vec, 1) FROM vectors ORDER BY id; -> 0.550000011920929, 0.800000011920929, -0.029999999329447746, ...
SELECT id, VECTOR_KTH_ELEMENT(vec, 1) FROM vectors WHERE id <= 3 ORDER BY id;
-- rows: [[1, 0.550000011920929], [2, 0.800000011920929], [3, -0.029999999329447746]]

-- source: https://docs.singlestore.com/db/v8.5/reference/sql-reference/vector-functions/scalar-vector-mul
-- doc: SELECT id, SCALAR_VECTOR_MUL(10, vec) FROM vectors ORDER BY id; (printed as JSON on this page)
SELECT id, SCALAR_VECTOR_MUL(10, vec) FROM vectors ORDER BY id;
-- rows: [[1, "[4.5,5.5,4.94999981,5]"], [2, "[1,8,2,5.55000019]"], [3, "[-5,-0.299999982,-1,8.60000038]"], [4, "[5,3,8.06999969,1]"]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/dot-product
-- doc: "The DOT_PRODUCT function returns the scalar product, or dot product, of two vectors." (1*4 + 2*5 + 3*6)
SELECT DOT_PRODUCT('[1,2,3]' :> VECTOR(3), '[4,5,6]' :> VECTOR(3));
-- rows: [[32]]

-- doc: "vector_expression <*> vector_expression" is the infix form of DOT_PRODUCT
SELECT ('[1,2,3]' :> VECTOR(3)) <*> ('[4,5,6]' :> VECTOR(3));
-- rows: [[32]]

-- doc: "JSON strings are allowed as vector_expressions when the other argument is of type VECTOR."
SELECT DOT_PRODUCT('[1,2,3]' :> VECTOR(3), '[1,1,1]');
-- rows: [[6]]

CREATE TABLE vec_items (id INT, emb VECTOR(3));
-- ok

INSERT INTO vec_items VALUES (1, '[1,0,0]'), (2, '[0,1,0]'), (3, '[0,0,1]'), (4, '[1,1,0]');
-- affected: 4

-- doc: "A typical query using DOT_PRODUCT is to find a set of vectors that most closely match a query vector."
SELECT id, emb <*> '[1,2,3]' :> VECTOR(3) AS score FROM vec_items ORDER BY score DESC, id LIMIT 2;
-- rows: [[3, 3], [4, 3]]

-- doc: scalar product per row
SELECT id, DOT_PRODUCT(emb, '[3,2,1]' :> VECTOR(3)) AS score FROM vec_items ORDER BY score DESC, id;
-- rows: [[4, 5], [1, 3], [2, 2], [3, 1]]

-- source: https://docs.singlestore.com/cloud/reference/sql-reference/vector-functions/euclidean-distance
-- doc: "The EUCLIDEAN_DISTANCE function returns the euclidean distance between two vector values." (3-4-5 triangle)
SELECT EUCLIDEAN_DISTANCE('[0,0,0]' :> VECTOR(3), '[3,4,0]' :> VECTOR(3));
-- rows: [[5]]

-- doc: "vector_expression <-> vector_expression" is the infix form of EUCLIDEAN_DISTANCE
SELECT ('[0,0,0]' :> VECTOR(3)) <-> ('[3,4,0]' :> VECTOR(3));
-- rows: [[5]]

-- doc: nearest neighbour by distance: ORDER BY ... <-> ... LIMIT k
SELECT id FROM vec_items ORDER BY emb <-> '[1,0.9,0]' :> VECTOR(3) LIMIT 1;
-- rows: [[4]]

-- source: https://docs.singlestore.com/db/v7.5/en/reference/sql-reference/vector-functions/json_array_pack.html
-- doc: INSERT INTO t VALUES (JSON_ARRAY_PACK('[1.0, 0.5, 2.0]')); SELECT HEX(b) FROM t; -> 0000803F0000003F00000040
CREATE TABLE jap_t (b BLOB);
-- ok

INSERT INTO jap_t VALUES (JSON_ARRAY_PACK('[1.0, 0.5, 2.0]'));
-- affected: 1

SELECT HEX(b) FROM jap_t;
-- rows: [["0000803F0000003F00000040"]]

-- doc: SELECT DOT_PRODUCT(JSON_ARRAY_PACK('[1.0, 0.5, 2.0]'), JSON_ARRAY_PACK('[1.0, 0.5, 2.0]')); -> 5.25
SELECT DOT_PRODUCT(JSON_ARRAY_PACK('[1.0, 0.5, 2.0]'), JSON_ARRAY_PACK('[1.0, 0.5, 2.0]'));
-- rows: [[5.25]]

-- source: https://docs.singlestore.com/db/v8.9/reference/sql-reference/vector-functions/json-array-unpack
-- doc: CREATE TABLE ju_t (x BLOB, y BLOB); INSERT INTO ju_t VALUES (JSON_ARRAY_PACK('[12.1, 6.4]'), JSON_ARRAY_PACK('[8.6,9.2]')); ...
CREATE TABLE ju_t (x BLOB, y BLOB);
-- ok

INSERT INTO ju_t VALUES (JSON_ARRAY_PACK('[12.1, 6.4]'), JSON_ARRAY_PACK('[8.6,9.2]'));
-- affected: 1

INSERT INTO ju_t VALUES (JSON_ARRAY_PACK('[5.2, 11.7]'), JSON_ARRAY_PACK('[4.6,7.3]'));
-- affected: 1

-- doc: SELECT JSON_ARRAY_UNPACK(x) "x", JSON_ARRAY_UNPACK(y) "y" from ju_t; -> [12.1000004,6.4000001] | [8.60000038,9.19999981] ...
SELECT JSON_ARRAY_UNPACK(x) AS x, JSON_ARRAY_UNPACK(y) AS y FROM ju_t;
-- unordered-rows: [["[12.1000004,6.4000001]", "[8.60000038,9.19999981]"], ["[5.19999981,11.6999998]", "[4.5999999,7.30000019]"]]

-- source: https://docs.singlestore.com/managed-service/en/reference/sql-reference/vector-functions/vector_add.html
-- doc: SELECT JSON_ARRAY_UNPACK(VECTOR_ADD(x,y)) "x+y" FROM t; -> [20.7000008,15.6000004] | [9.79999924,19] (same rows as ju_t)
SELECT JSON_ARRAY_UNPACK(VECTOR_ADD(x, y)) AS xy FROM ju_t;
-- unordered-rows: [["[20.7000008,15.6000004]"], ["[9.79999924,19]"]]

-- source: https://docs.singlestore.com/db/v7.3/reference/sql-reference/vector-functions/vector-sum
-- doc: SELECT JSON_ARRAY_UNPACK(VECTOR_SUM(x)), JSON_ARRAY_UNPACK(VECTOR_SUM(y)) FROM v_t; -> [17.2999992,18.1000004] | [13.2000008,16.5] (same rows as ju_t)
SELECT JSON_ARRAY_UNPACK(VECTOR_SUM(x)), JSON_ARRAY_UNPACK(VECTOR_SUM(y)) FROM ju_t;
-- rows: [["[17.2999992,18.1000004]", "[13.2000008,16.5]"]]

-- source: https://docs.singlestore.com/db/v7.6/en/reference/sql-reference/vector-functions/vector_mul.html
-- doc: SELECT JSON_ARRAY_UNPACK(VECTOR_MUL(JSON_ARRAY_PACK('[12.1,2.2]'),JSON_ARRAY_PACK('[8.3,4.6]'))) AS "Result"; -> [100.430008,10.1199999]
SELECT JSON_ARRAY_UNPACK(VECTOR_MUL(JSON_ARRAY_PACK('[12.1,2.2]'),JSON_ARRAY_PACK('[8.3,4.6]'))) AS Result;
-- rows: [["[100.430008,10.1199999]"]]

-- doc: SELECT HEX(VECTOR_MUL(JSON_ARRAY_PACK('[12.1,2.2]'),JSON_ARRAY_PACK('[8.3,4.6]'))) AS "Result"; -> 2ADCC84285EB2141
SELECT HEX(VECTOR_MUL(JSON_ARRAY_PACK('[12.1,2.2]'),JSON_ARRAY_PACK('[8.3,4.6]'))) AS Result;
-- rows: [["2ADCC84285EB2141"]]

-- source: https://docs.singlestore.com/db/v7.3/en/reference/sql-reference/vector-functions/vector_sub.html
-- doc: CREATE TABLE t (a BLOB, b BLOB); INSERT INTO t VALUES (JSON_ARRAY_PACK('[0.7, 0.2, 1.7]'), JSON_ARRAY_PACK('[1.0, 0.5, 2.0]'));
CREATE TABLE vs_t (a BLOB, b BLOB);
-- ok

INSERT INTO vs_t VALUES (JSON_ARRAY_PACK('[0.7, 0.2, 1.7]'), JSON_ARRAY_PACK('[1.0, 0.5, 2.0]'));
-- affected: 1

-- doc: SELECT HEX(t.a), HEX(t.b) FROM t; -> 3333333FCDCC4C3E9A99D93F | 0000803F0000003F00000040
SELECT HEX(vs_t.a), HEX(vs_t.b) FROM vs_t;
-- rows: [["3333333FCDCC4C3E9A99D93F", "0000803F0000003F00000040"]]

-- doc: SELECT HEX(VECTOR_SUB(t.a, t.b)) FROM t; -> 9A9999BE9A9999BE989999BE
SELECT HEX(VECTOR_SUB(vs_t.a, vs_t.b)) FROM vs_t;
-- rows: [["9A9999BE9A9999BE989999BE"]]

-- source: https://docs.singlestore.com/db/v7.3/reference/sql-reference/vector-functions/vector-sub
-- doc: CREATE TABLE vectors_b (id int, vec BLOB not null); INSERT ... JSON_ARRAY_PACK('[0.1, 0.8, 0.2, 0.555]') ...
CREATE TABLE vectors_b (id int, vec BLOB not null);
-- ok

INSERT INTO vectors_b VALUES (1, JSON_ARRAY_PACK('[0.1, 0.8, 0.2, 0.555]'));
-- affected: 1

INSERT INTO vectors_b VALUES (2, JSON_ARRAY_PACK('[0.45, 0.55, 0.495, 0.5]'));
-- affected: 1

-- doc: SET @qv = JSON_ARRAY_PACK('[0.1,0.1,0.1,0.1]'); SELECT id, HEX(VECTOR_SUB(vec, @qv)) ... (the variable is inlined here: the Data API keeps no session)
SELECT id, HEX(VECTOR_SUB(vec, JSON_ARRAY_PACK('[0.1,0.1,0.1,0.1]'))) AS vector_sub FROM vectors_b ORDER BY id;
-- rows: [[1, "000000003333333FCDCCCC3DC3F5E83E"], [2, "3333B33E6766E63E713DCA3ECDCCCC3E"]]

-- source: https://docs.singlestore.com/db/v8.7/reference/sql-reference/vector-functions/vector-sum
-- doc: SELECT JSON_ARRAY_UNPACK(VECTOR_SUM(vec)) AS vector_sum FROM vectors_b; -> [0.550000012,1.35000002,0.694999993,1.05500007]
SELECT JSON_ARRAY_UNPACK(VECTOR_SUM(vec)) AS vector_sum FROM vectors_b;
-- rows: [["[0.550000012,1.35000002,0.694999993,1.05500007]"]]

-- doc: SELECT HEX(VECTOR_SUM(vec)) AS vector_sum FROM vectors_b; -> CDCC0C3FCDCCAC3F85EB313F3E0A873F
SELECT HEX(VECTOR_SUM(vec)) AS vector_sum FROM vectors_b;
-- rows: [["CDCC0C3FCDCCAC3F85EB313F3E0A873F"]]

-- source: https://docs.singlestore.com/db/v8.0/en/reference/sql-reference/vector-functions/scalar_vector_mul.html
-- doc: SELECT id, JSON_ARRAY_UNPACK(SCALAR_VECTOR_MUL(10, vec)) as scalar_mul FROM vectors_b ORDER BY id; -> [1,8,2,5.55000019] | [4.5,5.5,4.94999981,5]
SELECT id, JSON_ARRAY_UNPACK(SCALAR_VECTOR_MUL(10, vec)) as scalar_mul FROM vectors_b ORDER BY id;
-- rows: [[1, "[1,8,2,5.55000019]"], [2, "[4.5,5.5,4.94999981,5]"]]

-- source: https://docs.singlestore.com/db/v8.0/reference/sql-reference/vector-functions/vector-kth-element
-- doc: SELECT id, VECTOR_KTH_ELEMENT(vec, 1) FROM vectors_b ORDER BY id; -> 0.800000011920929 | 0.550000011920929
SELECT id, VECTOR_KTH_ELEMENT(vec, 1) FROM vectors_b ORDER BY id;
-- rows: [[1, 0.800000011920929], [2, 0.550000011920929]]
