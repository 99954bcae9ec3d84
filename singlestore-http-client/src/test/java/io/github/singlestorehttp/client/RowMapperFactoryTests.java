package io.github.singlestorehttp.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import io.github.singlestorehttp.client.mapping.SingleStoreConversions;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.TypeMismatchDataAccessException;
import org.springframework.jdbc.IncorrectResultSetColumnCountException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class RowMapperFactoryTests {

	private final RowMapperFactory factory = new RowMapperFactory(SingleStoreConversions.createConversionService(),
			JsonMapper.builder().build());

	@ParameterizedTest(name = "{0} {1} as {2}")
	@MethodSource("singleColumnValues")
	void mapsASingleColumnToASimpleType(String dataType, Object value, Class<?> type, Object expected) {
		Row row = row(List.of(column("value", dataType)), value);
		assertThat(map(type, row)).isEqualTo(expected);
	}

	static Stream<Arguments> singleColumnValues() {
		LocalDateTime dateTime = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000);
		UUID uuid = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
		return Stream.of(
				Arguments.of("VARCHAR(20)", "héllo", String.class, "héllo"),
				Arguments.of("TINYINT", 127, Byte.class, (byte) 127),
				Arguments.of("SMALLINT", -32768, Short.class, (short) -32768),
				Arguments.of("INT", 2147483647, Integer.class, 2147483647),
				Arguments.of("INT", 42, int.class, 42),
				Arguments.of("BIGINT", 9007199254740993L, Long.class, 9007199254740993L),
				Arguments.of("BIGINT UNSIGNED", new BigInteger("18446744073709551615"), BigInteger.class,
						new BigInteger("18446744073709551615")),
				Arguments.of("DECIMAL(18,6)", new BigDecimal("123456789012.345678"), BigDecimal.class,
						new BigDecimal("123456789012.345678")),
				Arguments.of("FLOAT", 1.5f, Float.class, 1.5f),
				Arguments.of("DOUBLE", 2.5, Double.class, 2.5),
				Arguments.of("INT", 7, Long.class, 7L),
				Arguments.of("TINYINT(1)", 0, Boolean.class, false),
				Arguments.of("TINYINT(1)", 1, boolean.class, true),
				Arguments.of("DATE", LocalDate.of(1000, 1, 1), LocalDate.class, LocalDate.of(1000, 1, 1)),
				Arguments.of("TIME(6)", LocalTime.of(12, 0, 0, 1000), LocalTime.class, LocalTime.of(12, 0, 0, 1000)),
				Arguments.of("TIME", Duration.ofHours(838), Duration.class, Duration.ofHours(838)),
				Arguments.of("TIME", LocalTime.of(1, 0), Duration.class, Duration.ofHours(1)),
				Arguments.of("DATETIME(6)", dateTime, LocalDateTime.class, dateTime),
				Arguments.of("TIMESTAMP(6)", dateTime, Instant.class, Instant.parse("2024-02-29T23:59:58.123456Z")),
				Arguments.of("YEAR", 2024, Year.class, Year.of(2024)),
				Arguments.of("BINARY(16)", uuidBytes(uuid), UUID.class, uuid),
				Arguments.of("CHAR(36)", uuid.toString(), UUID.class, uuid),
				Arguments.of("ENUM", "ACTIVE", Status.class, Status.ACTIVE),
				Arguments.of("JSON", "{\"a\":1}", String.class, "{\"a\":1}"),
				Arguments.of("JSON", "[1,2]", int[].class, new int[] { 1, 2 }));
	}

	@Test
	void mapsBinaryToBytes() {
		byte[] everyByte = new byte[256];
		for (int i = 0; i < everyByte.length; i++) {
			everyByte[i] = (byte) i;
		}
		assertThat(map(byte[].class, row(List.of(column("data", "BLOB")), everyByte))).isEqualTo(everyByte);
	}

	@Test
	void mapsNullInASingleColumnToNull() {
		assertThat(map(Integer.class, row(List.of(column("n", "INT")), (Object) null))).isNull();
	}

	@Test
	void refusesNullForAPrimitive() {
		assertThatExceptionOfType(TypeMismatchDataAccessException.class)
			.isThrownBy(() -> map(int.class, row(List.of(column("n", "INT")), (Object) null)))
			.withMessageContaining("NULL in column 'n'")
			.withMessageContaining("primitive int");
	}

	@Test
	void refusesSeveralColumnsForASimpleType() {
		Row row = row(List.of(column("id", "BIGINT"), column("name", "VARCHAR")), 1L, "a");
		assertThatExceptionOfType(IncorrectResultSetColumnCountException.class)
			.isThrownBy(() -> map(String.class, row))
			.withMessageContaining("2 columns [id, name]")
			.satisfies((ex) -> {
				assertThat(ex.getExpectedCount()).isEqualTo(1);
				assertThat(ex.getActualCount()).isEqualTo(2);
			});
	}

	@Test
	void namesTheColumnThatCannotBeConverted() {
		assertThatExceptionOfType(TypeMismatchDataAccessException.class)
			.isThrownBy(() -> map(Integer.class, row(List.of(column("code", "VARCHAR")), "abc")))
			.withMessage("Cannot map column 'code' of type VARCHAR to java.lang.Integer");
	}

	@Test
	void mapsARecordBySnakeCaseColumnsAndIgnoresOthers() {
		LocalDateTime created = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6000);
		Row row = row(List.of(column("id", "BIGINT"), column("first_name", "VARCHAR"), column("email", "VARCHAR"),
				column("active", "TINYINT(1)"), column("created_at", "DATETIME(6)"), column("extra", "INT")), 7L,
				"Ada", null, 1, created, 99);
		assertThat(map(User.class, row)).isEqualTo(new User(7, "Ada", null, true, created));
	}

	@Test
	void matchesColumnsIgnoringCase() {
		Row row = row(List.of(column("ID", "BIGINT"), column("FIRSTNAME", "VARCHAR"), column("Email", "VARCHAR"),
				column("ACTIVE", "TINYINT(1)"), column("CREATED_AT", "DATETIME")), 1L, "Bo", "bo@example.com", 0,
				LocalDateTime.of(2020, 1, 1, 0, 0));
		assertThat(map(User.class, row))
			.isEqualTo(new User(1, "Bo", "bo@example.com", false, LocalDateTime.of(2020, 1, 1, 0, 0)));
	}

	@Test
	void prefersTheColumnOfTheExactName() {
		Row row = row(List.of(column("first_name", "VARCHAR"), column("firstName", "VARCHAR")), "snake", "camel");
		assertThat(map(Name.class, row)).isEqualTo(new Name("camel"));
	}

	@Test
	void namesTheRecordComponentWithoutAColumn() {
		Row row = row(List.of(column("id", "BIGINT"), column("first_name", "VARCHAR")), 1L, "Ada");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(() -> map(User.class, row))
			.withMessage("No column matches the component 'email' of " + User.class.getName()
					+ "; the columns are [id, first_name]");
	}

	@Test
	void refusesNullForAPrimitiveComponent() {
		Row row = row(List.of(column("id", "BIGINT"), column("first_name", "VARCHAR"), column("email", "VARCHAR"),
				column("active", "TINYINT(1)"), column("created_at", "DATETIME")), null, "Ada", null, 1, null);
		assertThatExceptionOfType(TypeMismatchDataAccessException.class).isThrownBy(() -> map(User.class, row))
			.withMessage("Cannot map NULL in column 'id' to the primitive component 'id' of " + User.class.getName()
					+ "; declare it with the wrapper type to accept NULL");
	}

	@Test
	void mapsAClassBySingleConstructorParameterNames() {
		Row row = row(List.of(column("total_amount", "DECIMAL(10,2)"), column("currency", "CHAR(3)")),
				new BigDecimal("12.50"), "EUR");
		Money money = map(Money.class, row);
		assertThat(money.totalAmount).isEqualTo(new BigDecimal("12.50"));
		assertThat(money.currency).isEqualTo("EUR");
	}

	@Test
	void mapsAJavaBeanBySettersAndIgnoresUnknownColumns() {
		Row row = row(List.of(column("id", "BIGINT"), column("first_name", "VARCHAR"), column("status", "ENUM"),
				column("unknown", "INT")), 3L, "Cy", "INACTIVE", 5);
		UserBean bean = map(UserBean.class, row);
		assertThat(bean.getId()).isEqualTo(3L);
		assertThat(bean.getFirstName()).isEqualTo("Cy");
		assertThat(bean.getStatus()).isEqualTo(Status.INACTIVE);
		assertThat(bean.getNickname()).isEqualTo("none");
	}

	@Test
	void refusesNullForAPrimitiveBeanProperty() {
		Row row = row(List.of(column("id", "BIGINT")), (Object) null);
		assertThatExceptionOfType(TypeMismatchDataAccessException.class).isThrownBy(() -> map(UserBean.class, row))
			.withMessageContaining("primitive property 'id' of " + UserBean.class.getName());
	}

	@Test
	void readsAJsonColumnIntoARecord() {
		Row row = row(List.of(column("id", "BIGINT"), column("address", "JSON")), 1L,
				"{\"city\":\"Oslo\",\"zip\":\"0150\"}");
		assertThat(map(Customer.class, row)).isEqualTo(new Customer(1L, new Address("Oslo", "0150")));
	}

	@Test
	void readsAJsonColumnIntoAMap() {
		Row row = row(List.of(column("attributes", "JSON")), "{\"size\":42,\"tags\":[\"a\",\"b\"]}");
		assertThat(map(Attributes.class, row).attributes())
			.containsExactly(Map.entry("size", 42), Map.entry("tags", List.of("a", "b")));
	}

	@Test
	void readsAJsonColumnIntoAListOfRecords() {
		Row row = row(List.of(column("id", "BIGINT"), column("lines", "JSON")), 5L,
				"[{\"sku\":\"A-1\",\"quantity\":2},{\"sku\":\"B-2\",\"quantity\":1}]");
		assertThat(map(Order.class, row))
			.isEqualTo(new Order(5L, List.of(new OrderLine("A-1", 2), new OrderLine("B-2", 1))));
	}

	@Test
	void readsAJsonColumnIntoABeanProperty() {
		Row row = row(List.of(column("id", "BIGINT"), column("address", "JSON")), 1L, "{\"city\":\"Rome\",\"zip\":\"00100\"}");
		assertThat(map(CustomerBean.class, row).getAddress()).isEqualTo(new Address("Rome", "00100"));
	}

	@Test
	void namesTheJsonColumnThatDoesNotFit() {
		Row row = row(List.of(column("id", "BIGINT"), column("address", "JSON")), 1L, "[1, 2]");
		assertThatExceptionOfType(TypeMismatchDataAccessException.class).isThrownBy(() -> map(Customer.class, row))
			.withMessage("Cannot map column 'address' of type JSON to component 'address' of "
					+ Customer.class.getName());
	}

	@Test
	@SuppressWarnings("unchecked")
	void mapsToAnOrderedMap() {
		Row row = row(List.of(column("b", "INT"), column("a", "VARCHAR")), 1, null);
		Map<String, @Nullable Object> map = map(Map.class, row);
		assertThat(map).containsExactly(entry("b", 1), entry("a", null));
	}

	@Test
	void sharesOneMapperPerClass() {
		assertThat(this.factory.forClass(User.class)).isSameAs(this.factory.forClass(User.class));
	}

	@Test
	void matchesColumnsAgainForEachResult() {
		SingleStoreRowMapper<Name> mapper = this.factory.forClass(Name.class);
		Row first = row(List.of(column("id", "INT"), column("first_name", "VARCHAR")), 1, "one");
		Row second = row(List.of(column("first_name", "VARCHAR"), column("id", "INT")), "two", 2);
		assertThat(mapper.mapRow(first, 0)).isEqualTo(new Name("one"));
		assertThat(mapper.mapRow(second, 0)).isEqualTo(new Name("two"));
		assertThat(mapper.mapRow(first, 1)).isEqualTo(new Name("one"));
	}

	@Test
	void refusesInterfaces() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.factory.forClass(Runnable.class))
			.withMessageContaining("Cannot map rows to java.lang.Runnable");
	}

	private <T> T map(Class<T> type, Row row) {
		return this.factory.forClass(type).mapRow(row, 0);
	}

	private static Row row(List<ColumnMetadata> columns, @Nullable Object... values) {
		return new DefaultRow(new DefaultRowMetadata(columns), values, SingleStoreConversions.getSharedInstance());
	}

	private static ColumnMetadata column(String name, String dataType) {
		return new ColumnMetadata(name, dataType, true);
	}

	private static byte[] uuidBytes(UUID uuid) {
		return java.nio.ByteBuffer.allocate(16)
			.putLong(uuid.getMostSignificantBits())
			.putLong(uuid.getLeastSignificantBits())
			.array();
	}

	enum Status {

		ACTIVE, INACTIVE

	}

	record User(long id, String firstName, @Nullable String email, boolean active, LocalDateTime createdAt) {
	}

	record Name(String firstName) {
	}

	record Address(String city, String zip) {
	}

	record Customer(long id, Address address) {
	}

	record Attributes(Map<String, Object> attributes) {
	}

	record OrderLine(String sku, int quantity) {
	}

	record Order(long id, List<OrderLine> lines) {
	}

	static final class Money {

		final BigDecimal totalAmount;

		final String currency;

		Money(BigDecimal totalAmount, String currency) {
			this.totalAmount = totalAmount;
			this.currency = currency;
		}

	}

	public static class UserBean {

		private long id;

		private @Nullable String firstName;

		private @Nullable Status status;

		private String nickname = "none";

		public long getId() {
			return this.id;
		}

		public void setId(long id) {
			this.id = id;
		}

		public @Nullable String getFirstName() {
			return this.firstName;
		}

		public void setFirstName(@Nullable String firstName) {
			this.firstName = firstName;
		}

		public @Nullable Status getStatus() {
			return this.status;
		}

		public void setStatus(@Nullable Status status) {
			this.status = status;
		}

		public String getNickname() {
			return this.nickname;
		}

		public void setNickname(String nickname) {
			this.nickname = nickname;
		}

	}

	public static class CustomerBean {

		private @Nullable Address address;

		public @Nullable Address getAddress() {
			return this.address;
		}

		public void setAddress(@Nullable Address address) {
			this.address = address;
		}

	}

}
