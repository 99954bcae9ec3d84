package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link JsonFunctions} and {@link JsonAggAggregate} called through H2 under their {@code SS_} names. Expected values
 * are the examples of SingleStore's documentation pages named in each test.
 */
class JsonFunctionsTest extends FunctionsDatabase {

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-extract-type/
	@Test
	void extractFollowsTheKeypath() throws SQLException {
		assertThat(value("SELECT SS_JSON_EXTRACT_DOUBLE('{\"alpha\":1, \"beta\":2, \"gamma\":3}', 'beta')"))
			.isEqualTo(2.0);
		assertThat(value("SELECT SS_JSON_EXTRACT_STRING('{\"a\":{\"b\":[\"x\",\"y\"]}}', 'a', 'b', 1)")).isEqualTo("y");
		assertThat(value("SELECT SS_JSON_EXTRACT_JSON('{\"a\":{\"b\": [1, 2]}}', 'a')")).isEqualTo("{\"b\":[1,2]}");
		assertThat(value("SELECT SS_JSON_EXTRACT_STRING('{\"a\":[1, 2]}', 'a')")).isEqualTo("[1,2]");
		assertThat(value("SELECT SS_JSON_EXTRACT_STRING('\"plain\"')")).isEqualTo("plain");
		assertThat(value("SELECT SS_JSON_EXTRACT_JSON('{\"a\":[1.0, 2.50, 1e2, -0.125]}', 'a')"))
			.isEqualTo("[1,2.5,100,-0.125]");
	}

	@Test
	void extractReturnsNullWhenThePathIsNotMatchedOrAnArgumentIsNull() throws SQLException {
		assertThat(value("SELECT SS_JSON_EXTRACT_STRING('{\"a\":1}', 'b')")).isNull();
		assertThat(value("SELECT SS_JSON_EXTRACT_STRING('{\"a\":[1]}', 'a', 5)")).isNull();
		assertThat(value("SELECT SS_JSON_EXTRACT_STRING('{\"a\":null}', 'a')")).isNull();
		assertThat(value("SELECT SS_JSON_EXTRACT_STRING(NULL, 'a')")).isNull();
		assertThat(value("SELECT SS_JSON_EXTRACT_STRING('{\"a\":1}', NULL)")).isNull();
		assertThat(value("SELECT SS_JSON_EXTRACT_BIGINT('not json', 'a')")).isNull();
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-extract-type/ (BIGINT rules)
	@Test
	void extractBigintRoundsFloatsAndConvertsBooleans() throws SQLException {
		assertThat(value("SELECT SS_JSON_EXTRACT_BIGINT('{\"a\":1.4}', 'a')")).isEqualTo(1L);
		assertThat(value("SELECT SS_JSON_EXTRACT_BIGINT('{\"a\":1.5}', 'a')")).isEqualTo(2L);
		assertThat(value("SELECT SS_JSON_EXTRACT_BIGINT('{\"a\":true}', 'a')")).isEqualTo(1L);
		assertThat(value("SELECT SS_JSON_EXTRACT_BIGINT('{\"a\":\"text\"}', 'a')")).isEqualTo(0L);
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-set-type/
	@Test
	void setAddsOrOverwritesTheLastKeyOnly() throws SQLException {
		assertThat(value("SELECT SS_JSON_SET_STRING('{\"a\":1}', 'b', 'x')")).isEqualTo("{\"a\":1,\"b\":\"x\"}");
		assertThat(value("SELECT SS_JSON_SET_DOUBLE('{\"a\":{\"b\":1}}', 'a', 'b', 2.5)"))
			.isEqualTo("{\"a\":{\"b\":2.5}}");
		assertThat(value("SELECT SS_JSON_SET_JSON('[1]', 3, '{\"k\":true}')")).isEqualTo("[1,null,null,{\"k\":true}]");
		assertThat(value("SELECT SS_JSON_SET_STRING('{\"a\":1}', 'x', 'y', 'z')")).isEqualTo("{\"a\":1}");
		assertThat(value("SELECT SS_JSON_SET_STRING('1', 'a', 'z')")).isNull();
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-delete-key/
	@Test
	void deleteKeyRemovesTheKeyOrArrayPosition() throws SQLException {
		assertThat(value("SELECT SS_JSON_DELETE_KEY('{\"alpha\": 1, \"beta\": 2, \"gamma\": 3}', 'alpha')"))
			.isEqualTo("{\"beta\":2,\"gamma\":3}");
		assertThat(value("SELECT SS_JSON_DELETE_KEY('{\"alpha\": 1, \"beta\": 2, \"gamma\": 3}', 'zeta')"))
			.isEqualTo("{\"alpha\":1,\"beta\":2,\"gamma\":3}");
		assertThat(value("SELECT SS_JSON_DELETE_KEY('{\"alpha\":[1,2,3]}', 'alpha', 1)"))
			.isEqualTo("{\"alpha\":[1,3]}");
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-array-push-type/
	@Test
	void arrayPushAppendsToArraysOnly() throws SQLException {
		assertThat(value("SELECT SS_JSON_ARRAY_PUSH_STRING('[\"alpha\", \"beta\"]', 'gamma')"))
			.isEqualTo("[\"alpha\",\"beta\",\"gamma\"]");
		assertThat(value("SELECT SS_JSON_ARRAY_PUSH_STRING('0', 'beta')")).isNull();
		assertThat(value("SELECT SS_JSON_ARRAY_PUSH_DOUBLE('[1, 2, 3]', 'delta')")).isEqualTo("[1,2,3,0]");
		assertThat(value("SELECT SS_JSON_ARRAY_PUSH_JSON('[\"alpha\", false]', '{\"beta\":\"gamma\"}')"))
			.isEqualTo("[\"alpha\",false,{\"beta\":\"gamma\"}]");
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-array-contains-type/
	@Test
	void arrayContainsComparesTopLevelElements() throws SQLException {
		assertThat(value("SELECT SS_JSON_ARRAY_CONTAINS_STRING('[\"alpha\", \"beta\", \"gamma\", \"delta\"]', "
				+ "'delta')"))
			.isEqualTo(1L);
		assertThat(value("SELECT SS_JSON_ARRAY_CONTAINS_STRING('beta', 'delta')")).isEqualTo(0L);
		assertThat(value("SELECT SS_JSON_ARRAY_CONTAINS_STRING('1', 'delta')")).isNull();
		assertThat(value("SELECT SS_JSON_ARRAY_CONTAINS_DOUBLE('[\"delta\", 1, 2, 3]', 2)")).isEqualTo(1L);
		assertThat(value("SELECT SS_JSON_ARRAY_CONTAINS_JSON('[\"delta\", 1, {\"a\":2.0}]', '{\"a\":2}')"))
			.isEqualTo(1L);
		assertThat(value("SELECT SS_JSON_ARRAY_CONTAINS_DOUBLE('[1]', NULL)")).isEqualTo(0L);
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-splice-type/
	@Test
	void spliceRemovesAndInsertsElements() throws SQLException {
		assertThat(value("SELECT SS_JSON_SPLICE_DOUBLE('[1,2,3]', 5, 6)")).isEqualTo("[1,2,3]");
		assertThat(value("SELECT SS_JSON_SPLICE_STRING('[1,2,3,4,5]', 2, 2, 'alpha', 'beta', '!')"))
			.isEqualTo("[1,2,\"alpha\",\"beta\",\"!\",5]");
		assertThat(value("SELECT SS_JSON_SPLICE_STRING('[1,2,3,4,5]', -1, 1)")).isEqualTo("[1,2,3,4]");
		assertThat(value("SELECT SS_JSON_SPLICE_JSON('[1,2]', 1, 0, '{\"a\":[true]}')"))
			.isEqualTo("[1,{\"a\":[true]},2]");
		assertThat(value("SELECT SS_JSON_SPLICE_DOUBLE('{}', 0, 1)")).isNull();
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-include-exclude-mask/
	@Test
	void masksKeepOrRemoveTheFieldsTheyName() throws SQLException {
		String document = "'{\"a\":{\"b\":1,\"c\":2},\"d\":[{\"b\":3,\"c\":4},5],\"e\":6}'";
		assertThat(value("SELECT SS_JSON_INCLUDE_MASK(" + document + ", '{\"a\":{\"b\":1},\"d\":{\"c\":1}}')"))
			.isEqualTo("{\"a\":{\"b\":1},\"d\":[{\"c\":4}]}");
		assertThat(value("SELECT SS_JSON_EXCLUDE_MASK(" + document + ", '{\"a\":{\"b\":1},\"d\":{\"c\":1},\"e\":1}')"))
			.isEqualTo("{\"a\":{\"c\":2},\"d\":[{\"b\":3},5]}");
		assertThat(value("SELECT SS_JSON_INCLUDE_MASK('[1]', '{}')")).isNull();
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> value("SELECT SS_JSON_EXCLUDE_MASK('{}', 'not a mask')"))
			.withMessageStartingWith("The mask of JSON_EXCLUDE_MASK is not a valid JSON object");
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-length/
	// https://docs.singlestore.com/db/v7.8/reference/sql-reference/json-functions/json-get-type/
	@Test
	void lengthKeysAndType() throws SQLException {
		assertThat(value("SELECT SS_JSON_LENGTH('true')")).isNull();
		assertThat(value("SELECT SS_JSON_LENGTH('[1,2,3]')")).isEqualTo(3L);
		assertThat(value("SELECT SS_JSON_LENGTH('{\"alpha\": 1, \"beta\": 2}')")).isEqualTo(2L);
		// SingleStore keeps object keys in order: JSON_KEYS('{"letter": "beta", "lang": {"greek": 2}}') gives
		// ["lang","letter"] on the JSON_KEYS page
		assertThat(value("SELECT SS_JSON_KEYS('{\"b\":1,\"a\":{\"c\":2}}')")).isEqualTo("[\"a\",\"b\"]");
		assertThat(value("SELECT SS_JSON_KEYS('{\"b\":1,\"a\":{\"c\":2}}', 'a')")).isEqualTo("[\"c\"]");
		assertThat(value("SELECT SS_JSON_GET_TYPE('true')")).isEqualTo("boolean");
		assertThat(value("SELECT SS_JSON_GET_TYPE('12345')")).isEqualTo("double");
		assertThat(value("SELECT SS_JSON_GET_TYPE('\"alpha, beta, gamma\"')")).isEqualTo("string");
		assertThat(value("SELECT SS_JSON_GET_TYPE('[1,2,3]')")).isEqualTo("array");
		assertThat(value("SELECT SS_JSON_GET_TYPE('{\"alpha\":1, \"beta\":2}')")).isEqualTo("object");
		assertThat(value("SELECT SS_JSON_GET_TYPE('null')")).isEqualTo("null");
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-build-object/
	@Test
	void buildObjectAndArrayConvertValuesAsToJson() throws SQLException {
		assertThat(value("SELECT SS_JSON_BUILD_OBJECT()")).isEqualTo("{}");
		assertThat(value("SELECT SS_JSON_BUILD_OBJECT('id', 'grk02', 'position', 2, 'x', NULL, 'id', 'grk01')"))
			.isEqualTo("{\"id\":\"grk01\",\"position\":2,\"x\":null}");
		assertThat(value("SELECT SS_JSON_BUILD_ARRAY(1, 'a', 2.5, TRUE)")).isEqualTo("[1,\"a\",2.5,true]");
		assertThat(value("SELECT SS_TO_JSON('a\"b')")).isEqualTo("\"a\\\"b\"");
	}

	@Test
	void buildObjectWithAnOddNumberOfArgumentsIsAnErrorWithItsMySqlCode() {
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> value("SELECT SS_JSON_BUILD_OBJECT('a')"))
			.satisfies((error) -> {
				assertThat(error.getErrorCode()).isEqualTo(1582);
				assertThat(error.getSQLState()).isEqualTo("42000");
				assertThat(error.getMessage())
					.startsWith("Incorrect parameter count in the call to native function 'JSON_BUILD_OBJECT'");
			});
	}

	// https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-agg/
	@Test
	void jsonAggCollectsTheGroupIntoAnArray() throws SQLException {
		execute("CREATE TABLE letters (letter VARCHAR(10), position INT)");
		execute("INSERT INTO letters VALUES ('alpha', 1)");
		execute("INSERT INTO letters VALUES ('beta', 2)");
		assertThat(value("SELECT SS_JSON_AGG(letter) FROM letters")).isEqualTo("[\"alpha\",\"beta\"]");
		assertThat(value("SELECT SS_JSON_AGG(position) FROM letters")).isEqualTo("[1,2]");
		assertThat(value("SELECT SS_JSON_AGG(letter) FROM letters WHERE position > 5")).isNull();
	}

}
