package io.github.singlestorehttp.client;

import java.sql.Types;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.BeanPropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NamedStatementTests {

	@Test
	void rewritesNamedParametersToPlaceholdersInOrder() {
		PositionalStatement statement = expand("UPDATE users SET name = :name WHERE id = :id",
				Map.of("id", 42, "name", "Ada"));
		assertThat(statement.sql()).isEqualTo("UPDATE users SET name = ? WHERE id = ?");
		assertThat(statement.arguments()).containsExactly("Ada", 42);
		assertThat(statement.argumentArray()).containsExactly("Ada", 42);
	}

	@Test
	void bindsARepeatedNameAtEachPlace() {
		PositionalStatement statement = expand("SELECT * FROM t WHERE a = :v OR b = :v", Map.of("v", 1));
		assertThat(statement.sql()).isEqualTo("SELECT * FROM t WHERE a = ? OR b = ?");
		assertThat(statement.arguments()).containsExactly(1, 1);
	}

	@Test
	void expandsACollectionToOnePlaceholderPerElement() {
		PositionalStatement statement = expand("SELECT * FROM t WHERE id IN (:ids) AND kind = :kind",
				Map.of("ids", List.of(3L, 1L, 2L), "kind", "x"));
		assertThat(statement.sql()).isEqualTo("SELECT * FROM t WHERE id IN (?, ?, ?) AND kind = ?");
		assertThat(statement.arguments()).containsExactly(3L, 1L, 2L, "x");
	}

	@Test
	void expandsArraysInACollectionToGroups() {
		List<Object[]> pairs = List.of(new Object[] { 1, "a" }, new Object[] { 2, "b" });
		PositionalStatement statement = expand("SELECT * FROM t WHERE (id, code) IN (:pairs)", Map.of("pairs", pairs));
		assertThat(statement.sql()).isEqualTo("SELECT * FROM t WHERE (id, code) IN ((?, ?), (?, ?))");
		assertThat(statement.arguments()).containsExactly(1, "a", 2, "b");
	}

	@Test
	void refusesAnEmptyCollection() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> expand("SELECT * FROM t WHERE id IN (:ids)", Map.of("ids", Set.of())))
			.withMessageStartingWith("Parameter 'ids' is an empty collection");
	}

	@Test
	void keepsAByteArrayAsOneArgument() {
		byte[] data = { 1, 2, 3 };
		PositionalStatement statement = expand("INSERT INTO t (data) VALUES (FROM_BASE64(:data))", Map.of("data", data));
		assertThat(statement.sql()).isEqualTo("INSERT INTO t (data) VALUES (FROM_BASE64(?))");
		assertThat(statement.arguments()).containsExactly((Object) data);
	}

	@Test
	void bindsNull() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("email", null);
		PositionalStatement statement = expand("UPDATE users SET email = :email", parameters);
		assertThat(statement.arguments()).containsExactly((Object) null);
	}

	@Test
	void namesTheMissingParameter() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> expand("SELECT * FROM t WHERE a = :a AND b = :b", Map.of("a", 1)))
			.withMessageStartingWith("No value supplied for the SQL parameter 'b'");
	}

	@Test
	void readsParametersFromABean() {
		PositionalStatement statement = NamedStatement.parse("INSERT INTO users (name, age) VALUES (:name, :age)")
			.expand(new BeanPropertySqlParameterSource(new UserBean("Ada", 36)));
		assertThat(statement.sql()).isEqualTo("INSERT INTO users (name, age) VALUES (?, ?)");
		assertThat(statement.arguments()).containsExactly("Ada", 36);
	}

	@Test
	void readsParametersFromARecord() {
		PositionalStatement statement = NamedStatement.parse("INSERT INTO users (name, age) VALUES (:name, :age)")
			.expand(new SimplePropertySqlParameterSource(new User("Bo", 7)));
		assertThat(statement.arguments()).containsExactly("Bo", 7);
	}

	@Test
	void namesTheParameterABeanLacks() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> NamedStatement.parse("SELECT :nickname")
				.expand(new BeanPropertySqlParameterSource(new UserBean("Ada", 36))))
			.withMessageStartingWith("No value supplied for the SQL parameter 'nickname'");
	}

	@Test
	void unwrapsTypedValues() {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("id", 5L, Types.BIGINT)
			.addValue("name", new SqlParameterValue(Types.VARCHAR, "x"))
			.addValue("ids", new SqlParameterValue(Types.INTEGER, List.of(1, 2)));
		PositionalStatement statement = NamedStatement.parse("SELECT :id, :name FROM t WHERE id IN (:ids)")
			.expand(parameters);
		assertThat(statement.sql()).isEqualTo("SELECT ?, ? FROM t WHERE id IN (?, ?)");
		assertThat(statement.arguments()).containsExactly(5L, "x", 1, 2);
	}

	@Test
	void leavesStringLiteralsAndQuotedIdentifiersAlone() {
		PositionalStatement statement = expand(
				"SELECT ':a', 'it''s :a', \":a\", `:a`, `odd``:a` FROM t WHERE x = :a", Map.of("a", 1));
		assertThat(statement.sql()).isEqualTo("SELECT ':a', 'it''s :a', \":a\", `:a`, `odd``:a` FROM t WHERE x = ?");
		assertThat(statement.arguments()).containsExactly(1);
	}

	@Test
	void leavesCommentsAlone() {
		String sql = """
				SELECT a -- not :a, isn't it?
				FROM t /* nor :a, 'or' ? */
				WHERE a = :a""";
		PositionalStatement statement = expand(sql, Map.of("a", 1));
		assertThat(statement.sql()).isEqualTo(sql.replace("a = :a", "a = ?"));
		assertThat(statement.arguments()).containsExactly(1);
	}

	@Test
	void leavesSingleStoreOperatorsAlone() {
		PositionalStatement statement = expand(
				"SELECT data::name, data::$city, data::%age, @n := 1 FROM t WHERE id = :id", Map.of("id", 1));
		assertThat(statement.sql())
			.isEqualTo("SELECT data::name, data::$city, data::%age, @n := 1 FROM t WHERE id = ?");
	}

	@Test
	void treatsAnEscapedColonAsText() {
		assertThat(expand("SELECT 'x' FROM t WHERE a = \\:a AND b = :b", Map.of("b", 2)).sql())
			.isEqualTo("SELECT 'x' FROM t WHERE a = :a AND b = ?");
	}

	@Test
	void acceptsSqlWithoutParameters() {
		assertThat(expand("SELECT 1", Map.of())).isEqualTo(new PositionalStatement("SELECT 1", List.of()));
	}

	@Test
	void refusesPositionalPlaceholders() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> NamedStatement.parse("SELECT * FROM t WHERE a = ? AND b = :b # ':b'\n AND c = ?"))
			.withMessage("SQL with named parameters must not contain positional '?' placeholders; found 1");
	}

	@Test
	void showsNoArgumentValues() {
		PositionalStatement statement = expand("SELECT :secret", Map.of("secret", "hunter2"));
		assertThat(statement.toString()).isEqualTo("PositionalStatement[sql=SELECT ?, arguments=1]");
	}

	/*
	 * NamedParameterUtils does not know the MySQL syntax below; these tests show each gap in spring-jdbc
	 * and that NamedStatement passes the syntax through untouched.
	 */

	@Test
	void hashCommentsAreAGapInNamedParameterUtils() {
		String sql = "SELECT a # :b isn't used\nFROM t WHERE a = :a";
		assertThat(NamedParameterUtils.substituteNamedParameters(sql, new MapSqlParameterSource(Map.of("a", 1))))
			.as("NamedParameterUtils reads ':b' in the comment, and a quote that hides ':a'")
			.isEqualTo("SELECT a # ? isn't used\nFROM t WHERE a = :a");
		PositionalStatement statement = expand(sql, Map.of("a", 1));
		assertThat(statement.sql()).isEqualTo("SELECT a # :b isn't used\nFROM t WHERE a = ?");
		assertThat(statement.arguments()).containsExactly(1);
	}

	@Test
	void backslashEscapesAreAGapInNamedParameterUtils() {
		String sql = "SELECT 'it\\'s :b', \"say \\\":b\\\"\" FROM t WHERE a = :a";
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.as("NamedParameterUtils ends the literal at the escaped quote and asks for ':b'")
			.isThrownBy(() -> NamedParameterUtils.buildValueArray(sql, Map.of("a", 1)));
		PositionalStatement statement = expand(sql, Map.of("a", 1));
		assertThat(statement.sql()).isEqualTo("SELECT 'it\\'s :b', \"say \\\":b\\\"\" FROM t WHERE a = ?");
		assertThat(statement.arguments()).containsExactly(1);
	}

	@Test
	void bitwiseAndIsAGapInNamedParameterUtils() {
		String sql = "SELECT flags&mask, flags & :bits FROM t";
		assertThat(NamedParameterUtils.parseSqlStatementIntoString(sql))
			.as("NamedParameterUtils reads '&mask' as a parameter")
			.isEqualTo("SELECT flags?, flags & ? FROM t");
		PositionalStatement statement = expand(sql, Map.of("bits", 4));
		assertThat(statement.sql()).isEqualTo("SELECT flags&mask, flags & ? FROM t");
		assertThat(statement.arguments()).containsExactly(4);
	}

	@Test
	void doubleMinusWithoutSpaceIsAGapInNamedParameterUtils() {
		String sql = "SELECT 5--:n, :m";
		assertThat(NamedParameterUtils.parseSqlStatementIntoString(sql))
			.as("NamedParameterUtils reads a comment where MySQL reads minus minus")
			.isEqualTo(sql);
		PositionalStatement statement = expand(sql, Map.of("n", 1, "m", 2));
		assertThat(statement.sql()).isEqualTo("SELECT 5--?, ?");
		assertThat(statement.arguments()).containsExactly(1, 2);
	}

	@Test
	void executableCommentsAreAGapInNamedParameterUtils() {
		String sql = "SELECT /*!50001 :a + */ :b, /* :c */ 1";
		assertThat(NamedParameterUtils.parseSqlStatementIntoString(sql))
			.as("NamedParameterUtils skips an executable comment, whose content MySQL runs")
			.isEqualTo("SELECT /*!50001 :a + */ ?, /* :c */ 1");
		PositionalStatement statement = expand(sql, Map.of("a", 1, "b", 2));
		assertThat(statement.sql()).isEqualTo("SELECT /*!50001 ? + */ ?, /* :c */ 1");
		assertThat(statement.arguments()).containsExactly(1, 2);
	}

	@Test
	void doubleMinusBeforeAControlCharacterIsACommentAsInMySql() {
		PositionalStatement statement = expand("SELECT 5 --\u0001:n\n, :m --\u2003:k", Map.of("m", 2, "k", 3));
		assertThat(statement.sql()).isEqualTo("SELECT 5 --\u0001:n\n, ? --\u2003?");
		assertThat(statement.arguments()).containsExactly(2, 3);
	}

	@Test
	void endsAParameterNameAtAHashComment() {
		PositionalStatement statement = expand("SELECT :a# the value\n, :b", Map.of("a", 1, "b", 2));
		assertThat(statement.sql()).isEqualTo("SELECT ?# the value\n, ?");
		assertThat(statement.arguments()).containsExactly(1, 2);
	}

	@Test
	void keepsUnterminatedLiteralsAndCommentsAsWritten() {
		assertThat(expand("SELECT :a, 'open :b", Map.of("a", 1)).sql()).isEqualTo("SELECT ?, 'open :b");
		assertThat(expand("SELECT :a /* open :b", Map.of("a", 1)).sql()).isEqualTo("SELECT ? /* open :b");
		assertThat(expand("SELECT :a, 'ends in \\", Map.of("a", 1)).sql()).isEqualTo("SELECT ?, 'ends in \\");
	}

	@Test
	void parsesOnceForManyParameterSets() {
		NamedStatement statement = NamedStatement.parse("INSERT INTO t (a) VALUES (:a)");
		List<List<@Nullable Object>> arguments = Arrays.asList(statement.expand(Map.of("a", 1)).arguments(),
				statement.expand(Map.of("a", 2)).arguments());
		assertThat(arguments).containsExactly(List.of(1), List.of(2));
		assertThat(statement.sql()).isEqualTo("INSERT INTO t (a) VALUES (:a)");
	}

	private static PositionalStatement expand(String sql, Map<String, ? extends @Nullable Object> parameters) {
		return NamedStatement.parse(sql).expand(parameters);
	}

	record User(String name, int age) {
	}

	public static class UserBean {

		private final String name;

		private final int age;

		UserBean(String name, int age) {
			this.name = name;
			this.age = age;
		}

		public String getName() {
			return this.name;
		}

		public int getAge() {
			return this.age;
		}

	}

}
