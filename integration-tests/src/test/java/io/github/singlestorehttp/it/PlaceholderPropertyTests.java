package io.github.singlestorehttp.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.singlestorehttp.client.SingleStoreTemplate;
import io.github.singlestorehttp.local.LocalDataApiServer;
import io.github.singlestorehttp.local.junit.LocalDataApiServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: the statement the local server runs is the one the caller wrote. For generated {@code SELECT}s with
 * {@code ?} placeholders outside literals and {@code ?} characters inside string literals, comments and quoted
 * names (see {@link GeneratedStatement}), with arguments of every supported type, the request the server receives
 * (recorded by a proxy in front of it) holds the caller's SQL unchanged except at the placeholders, where there is a
 * {@code ?}, {@code FROM_BASE64(?)} or the exact literal of a number argument, and the {@code args} hold the other
 * arguments in order; the row that comes back holds every argument and every literal as they were.
 */
@LocalDataApiServerTest
class PlaceholderPropertyTests {

	private static final int CASES = 500;

	/** What may stand for an argument in the SQL sent: a placeholder, or an exact number, negative in parentheses. */
	private static final String PLACEHOLDER_TEXT = "(\\?|FROM_BASE64\\(\\?\\)|\\(-[0-9]+(?:\\.[0-9]+)?\\)"
			+ "|[0-9]+(?:\\.[0-9]+)?)";

	private static final String HEAD_END = "\r\n\r\n";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final BlockingQueue<String> requestBodies = new LinkedBlockingQueue<>();

	private static final AtomicInteger statements = new AtomicInteger();

	private static final AtomicInteger arguments = new AtomicInteger();

	private static final AtomicInteger inlined = new AtomicInteger();

	private static FaultInjectingProxy proxy;

	private static SingleStoreTemplate template;

	@BeforeAll
	static void connectThroughARecordingProxy(LocalDataApiServer server) throws Exception {
		proxy = FaultInjectingProxy.start(server.port(), new FaultPlan(0, 0, List.of()), Duration.ZERO,
				(request) -> {
					String text = new String(request, StandardCharsets.UTF_8);
					requestBodies.add(text.substring(text.indexOf(HEAD_END) + HEAD_END.length()));
				});
		template = Templates.builder(server).url(proxy.url()).build();
	}

	@AfterAll
	static void reportAndClose() {
		System.out.printf("PlaceholderPropertyTests: %d generated statements, %d arguments (%d inlined as numbers)%n",
				statements.get(), arguments.get(), inlined.get());
		proxy.close();
	}

	static LongStream seeds() {
		return LongStream.range(0, CASES);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theServerRunsTheStatementAsWritten(long seed) throws InterruptedException {
		GeneratedStatement statement = GeneratedStatement.generate(seed);
		requestBodies.clear();

		List<Map<String, @Nullable Object>> rows = template.query(statement.sql(), statement.arguments().toArray());

		String body = requestBodies.poll(10, TimeUnit.SECONDS);
		assertThat(body).as("request body").isNotNull();
		List<@Nullable Object> sentValues = assertSentAsWritten(statement, JSON.readTree(body));
		assertThat(rows).hasSize(1);
		assertReturned(statement, rows.get(0), sentValues);
		statements.incrementAndGet();
	}

	/**
	 * Checks the request: the SQL text is the generated text except at the placeholders, and each argument travels
	 * either in {@code args} or as its own exact numeric literal.
	 * @return what was sent for each argument: the JSON value, or the literal's number
	 */
	private static List<@Nullable Object> assertSentAsWritten(GeneratedStatement statement, JsonNode request) {
		String wireSql = request.get("sql").stringValue();
		Matcher matcher = Pattern.compile(statement.segments()
			.stream()
			.map(Pattern::quote)
			.collect(Collectors.joining(PLACEHOLDER_TEXT)), Pattern.DOTALL).matcher(wireSql);
		assertThat(matcher.matches()).as("seed %d: sent %s for %s", statement.seed(), wireSql, statement.sql()).isTrue();
		JsonNode args = request.get("args");
		List<@Nullable Object> sent = new ArrayList<>();
		int next = 0;
		for (int index = 0; index < statement.arguments().size(); index++) {
			Object argument = unwrap(statement.arguments().get(index));
			String text = matcher.group(index + 1);
			arguments.incrementAndGet();
			if (text.equals("?") || text.equals("FROM_BASE64(?)")) {
				assertThat(args).as("seed %d: args", statement.seed()).isNotNull();
				JsonNode value = args.get(next++);
				assertThat(text.equals("FROM_BASE64(?)")).as("seed %d: argument %d is bytes", statement.seed(), index)
					.isEqualTo(argument instanceof byte[]);
				assertSentValue(statement.seed(), index, argument, value);
				sent.add(sentValue(value));
			}
			else {
				inlined.incrementAndGet();
				BigDecimal literal = new BigDecimal(text.replace("(", "").replace(")", ""));
				assertThat(decimal(argument)).as("seed %d: literal of argument %d", statement.seed(), index)
					.isEqualByComparingTo(literal);
				sent.add(literal);
			}
		}
		assertThat((args != null) ? args.size() : 0).as("seed %d: number of args", statement.seed()).isEqualTo(next);
		return sent;
	}

	private static @Nullable Object sentValue(JsonNode value) {
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		return value.isNull() ? null : value.numberValue();
	}

	private static void assertSentValue(long seed, int index, @Nullable Object argument, JsonNode value) {
		String description = String.format("seed %d: argument %d (%s)", seed, index,
				(argument != null) ? argument.getClass().getSimpleName() : "null");
		if (argument == null) {
			assertThat(value.isNull()).as(description).isTrue();
		}
		else if (argument instanceof Boolean flag) {
			assertThat(value.isBoolean() && value.booleanValue() == flag).as(description).isTrue();
		}
		else if (argument instanceof Number number) {
			assertThat(new BigDecimal(value.asString())).as(description).isEqualByComparingTo(decimal(number));
		}
		else if (argument instanceof byte[] bytes) {
			assertThat(Base64.getDecoder().decode(value.stringValue())).as(description).isEqualTo(bytes);
		}
		else if (argument instanceof Temporal || argument instanceof Duration) {
			assertThat(parseLike(argument, value.stringValue())).as(description).isEqualTo(utc(argument));
		}
		else {
			assertThat(value.stringValue()).as(description)
				.isEqualTo((argument instanceof Enum<?> constant) ? constant.name() : argument.toString());
		}
	}

	private static void assertReturned(GeneratedStatement statement, Map<String, @Nullable Object> row,
			List<@Nullable Object> sent) {
		assertThat(row.keySet()).as("seed %d: columns", statement.seed())
			.containsExactlyElementsOf(statement.columns().stream().map(GeneratedStatement.Column::name).toList());
		for (GeneratedStatement.Column column : statement.columns()) {
			Object value = row.get(column.name());
			String description = String.format("seed %d: column %s", statement.seed(), column.name());
			if (column.argument() < 0) {
				assertThat(value).as(description).isEqualTo(column.literal());
				continue;
			}
			Object argument = unwrap(statement.arguments().get(column.argument()));
			Object sentValue = sent.get(column.argument());
			if (argument == null) {
				assertThat(value).as(description).isNull();
			}
			else if (argument instanceof byte[] bytes) {
				assertThat(value).as(description).isEqualTo(bytes);
			}
			else if (argument instanceof Boolean flag) {
				assertThat(value).as(description).isIn(flag, flag ? 1 : 0);
			}
			else if (argument instanceof Double || argument instanceof Float) {
				assertThat(value).as(description).isInstanceOf(Number.class);
				assertThat(((Number) value).doubleValue()).as(description)
					.isEqualTo(decimal(argument).doubleValue());
			}
			else if (argument instanceof Number number) {
				assertThat(value).as(description).isInstanceOf(Number.class);
				assertThat(decimal((Number) value)).as(description).isEqualByComparingTo(decimal(number));
			}
			else {
				assertThat(value).as(description).isEqualTo(sentValue);
			}
		}
	}

	/**
	 * The value a wrapper stands for, as the template reads it: {@code Optional}s unwrapped, a {@code Year} as its
	 * number.
	 */
	private static @Nullable Object unwrap(@Nullable Object argument) {
		if (argument instanceof Optional<?> optional) {
			return optional.orElse(null);
		}
		if (argument instanceof OptionalInt optional) {
			return optional.isPresent() ? optional.getAsInt() : null;
		}
		if (argument instanceof OptionalLong optional) {
			return optional.isPresent() ? optional.getAsLong() : null;
		}
		if (argument instanceof OptionalDouble optional) {
			return optional.isPresent() ? optional.getAsDouble() : null;
		}
		if (argument instanceof Year year) {
			return year.getValue();
		}
		return argument;
	}

	private static BigDecimal decimal(@Nullable Object number) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (number instanceof Float value) {
			return new BigDecimal(Float.toString(value));
		}
		if (number instanceof Double || number instanceof Number) {
			return new BigDecimal(number.toString());
		}
		throw new AssertionError("Not a number: " + number);
	}

	/**
	 * Reads text sent for a temporal argument back as a value of the argument's kind, in UTC for instants.
	 */
	private static Object parseLike(Object argument, String text) {
		if (argument instanceof LocalDate) {
			return LocalDate.parse(text);
		}
		if (argument instanceof LocalTime) {
			return LocalTime.parse(text);
		}
		if (argument instanceof Duration) {
			boolean negative = text.startsWith("-");
			String[] parts = text.replace("-", "").split(":");
			Duration duration = Duration.ofHours(Long.parseLong(parts[0]))
				.plusMinutes(Long.parseLong(parts[1]))
				.plusNanos(new BigDecimal(parts[2]).movePointRight(9).longValueExact());
			return negative ? duration.negated() : duration;
		}
		return LocalDateTime.parse(text.replace(' ', 'T'));
	}

	private static Object utc(Object argument) {
		if (argument instanceof Instant instant) {
			return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
		}
		if (argument instanceof OffsetDateTime dateTime) {
			return LocalDateTime.ofInstant(dateTime.toInstant(), ZoneOffset.UTC);
		}
		if (argument instanceof ZonedDateTime dateTime) {
			return LocalDateTime.ofInstant(dateTime.toInstant(), ZoneOffset.UTC);
		}
		return argument;
	}

}
