package io.github.singlestorehttp.it;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.github.singlestorehttp.client.ExecResult;
import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.TypeMismatchDataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Mapping to classes, named parameters and the fluent API, blocking and reactive, on a real server.
 */
@LocalDataApiServerTest
class DataAccessApiTests {

	private static SingleStoreTemplate template;

	record Address(String city, List<String> lines) {
	}

	record Customer(long id, String firstName, BigDecimal balance, boolean active, LocalDateTime createdAt,
			Address address) {
	}

	static class CustomerBean {

		private Long id;

		private String firstName;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getFirstName() {
			return this.firstName;
		}

		public void setFirstName(String firstName) {
			this.firstName = firstName;
		}

	}

	record NewCustomer(long id, String firstName) {
	}

	@BeforeAll
	static void createTable(LocalDataApiServer server) {
		template = Templates.connectedTo(server);
		template.update("""
				CREATE TABLE customers (id BIGINT PRIMARY KEY, first_name VARCHAR(50), balance DECIMAL(20,2),
				  active BOOLEAN, created_at DATETIME(6), address JSON)""");
		template.sql("""
				INSERT INTO customers VALUES (:id, :name, :balance, :active, :created, :address)""")
			.param("id", 1)
			.param("name", "Ada")
			.param("balance", new BigDecimal("1234567890123456.78"))
			.param("active", true)
			.param("created", LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000))
			.param("address", "{\"city\":\"London\",\"lines\":[\"12 St James's Square\"]}")
			.update();
		template.batchUpdate("INSERT INTO customers (id, first_name, active) VALUES (?, ?, ?)",
				List.of(new Object[] { 2, "Grace", false }, new Object[] { 3, "Linus", true }));
	}

	@Test
	void recordsMapFromSnakeCaseColumnsAndJson() {
		Customer ada = template.queryForObject("SELECT * FROM customers WHERE id = ?", Customer.class, 1);
		assertThat(ada).isEqualTo(new Customer(1, "Ada", new BigDecimal("1234567890123456.78"), true,
				LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000),
				new Address("London", List.of("12 St James's Square"))));
	}

	@Test
	void beansAndSingleColumns() {
		List<CustomerBean> beans = template.query("SELECT id, first_name FROM customers ORDER BY id", CustomerBean.class);
		assertThat(beans).extracting(CustomerBean::getFirstName).containsExactly("Ada", "Grace", "Linus");
		assertThat(template.query("SELECT first_name FROM customers ORDER BY id", String.class))
			.containsExactly("Ada", "Grace", "Linus");
		assertThat(template.queryForObject("SELECT COUNT(*) FROM customers", Long.class)).isEqualTo(3L);
		assertThat(template.query("SELECT active FROM customers ORDER BY id", Boolean.class))
			.containsExactly(true, false, true);
	}

	@Test
	void namedParametersWithInListAndLiteralsLeftAlone() {
		List<String> names = template.sql("""
				SELECT first_name FROM customers -- not a :param
				WHERE id IN (:ids) AND first_name <> ':ids' /* nor :this */
				ORDER BY id""").param("ids", List.of(1, 3)).query(String.class).list();
		assertThat(names).containsExactly("Ada", "Linus");
	}

	@Test
	void paramSourceFromARecord() {
		template.sql("INSERT INTO customers (id, first_name) VALUES (:id, :firstName)")
			.paramSource(new NewCustomer(4, "Barbara"))
			.update();
		assertThat(template.sql("SELECT first_name FROM customers WHERE id = :id")
			.params(Map.of("id", 4))
			.query(String.class)
			.single()).isEqualTo("Barbara");
		template.sql("DELETE FROM customers WHERE id = ?").param(4).update();
	}

	@Test
	void singleOptionalAndStream() {
		assertThat(template.sql("SELECT * FROM customers WHERE id = :id").param("id", 99).query(Customer.class).optional())
			.isEmpty();
		assertThatExceptionOfType(EmptyResultDataAccessException.class).isThrownBy(
				() -> template.sql("SELECT * FROM customers WHERE id = :id").param("id", 99).query(Customer.class).single());
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> template.queryForOptional("SELECT id FROM customers", Long.class));
		Optional<String> grace = template.queryForOptional("SELECT first_name FROM customers WHERE id = ?", String.class, 2);
		assertThat(grace).contains("Grace");
		try (Stream<Long> ids = template.sql("SELECT id FROM customers ORDER BY id").query(Long.class).stream()) {
			assertThat(ids).containsExactly(1L, 2L, 3L);
		}
	}

	@Test
	void missingNamedParameterFailsBeforeSending() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.sql("SELECT * FROM customers WHERE id = :id AND first_name = :name")
				.param("id", 1)
				.query(Customer.class)
				.list())
			.withMessageContaining("name");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.sql("SELECT * FROM customers WHERE id = :id").param(1).param("id", 1).update());
	}

	@Test
	void reactiveTwin() {
		StepVerifier.create(template.reactive()
			.sql("SELECT first_name FROM customers WHERE active = :active ORDER BY id")
			.param("active", true)
			.query(String.class)
			.all()).expectNext("Ada", "Linus").verifyComplete();
		StepVerifier.create(template.reactive().queryForObject("SELECT first_name FROM customers WHERE id = ?",
				String.class, 2)).expectNext("Grace").verifyComplete();
		StepVerifier.create(template.reactive().sql("SELECT id FROM customers").query(Long.class).one())
			.expectError(IncorrectResultSizeDataAccessException.class)
			.verify();
		StepVerifier.create(template.reactive()
			.sql("UPDATE customers SET balance = :b WHERE id = :id")
			.param("b", new BigDecimal("1.50"))
			.param("id", 2)
			.idempotent()
			.timeout(Duration.ofSeconds(10))
			.update()).expectNext(new ExecResult(0, 1)).verifyComplete();
	}

	@Test
	void nullSingleColumnIsNullInBlockingResultsAsWithJdbcClient() {
		String sql = "SELECT balance FROM customers WHERE id = 3";
		assertThat(template.query(sql, BigDecimal.class)).containsExactly((BigDecimal) null);
		assertThat(template.queryForObject(sql, BigDecimal.class)).isNull();
		assertThat(template.queryForOptional(sql, BigDecimal.class)).isEmpty();
		try (Stream<BigDecimal> values = template.queryForStream(sql, BigDecimal.class)) {
			assertThat(values.toList()).containsExactly((BigDecimal) null);
		}
		assertThat(template.sql(sql).query(BigDecimal.class).list()).containsExactly((BigDecimal) null);
		assertThat(template.sql(sql).query(BigDecimal.class).set()).containsExactly((BigDecimal) null);
		assertThat(template.sql(sql).query(BigDecimal.class).optional()).isEmpty();
		assertThat(template.sql(sql).query().singleColumn()).containsExactly((Object) null);
		assertThat(template.sql(sql).query().optionalValue()).isEmpty();
		assertThatExceptionOfType(TypeMismatchDataAccessException.class)
			.isThrownBy(() -> template.sql(sql).query(BigDecimal.class).single());
		assertThatExceptionOfType(TypeMismatchDataAccessException.class)
			.isThrownBy(() -> template.sql(sql).query().singleValue());
	}

	@Test
	void nullSingleColumnIsAClearErrorInReactiveResults() {
		String sql = "SELECT balance FROM customers WHERE id = 3";
		StepVerifier.create(template.reactive().query(sql, BigDecimal.class))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(InvalidDataAccessApiUsageException.class)
				.hasMessageContaining("mapped to null")
				.hasMessageContaining("Optional.ofNullable"))
			.verify();
		StepVerifier.create(template.reactive().sql(sql).query(BigDecimal.class).one())
			.expectError(InvalidDataAccessApiUsageException.class)
			.verify();
		StepVerifier.create(template.reactive().queryForOptional(sql, BigDecimal.class))
			.expectNext(Optional.empty())
			.verifyComplete();
		StepVerifier.create(template.reactive()
			.sql(sql)
			.query((row, rowNumber) -> Optional.ofNullable(row.get(0, BigDecimal.class)))
			.all()).expectNext(Optional.empty()).verifyComplete();
	}

}
