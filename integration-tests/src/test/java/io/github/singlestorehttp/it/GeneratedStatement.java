package io.github.singlestorehttp.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A {@code SELECT} generated from a seed whose columns return its arguments and string literals, with {@code ?}
 * placeholders outside literals, and {@code ?} characters inside string literals, comments and backtick-quoted
 * column names, where they are not placeholders. Literals are quoted with {@code '} or {@code "} and escape quotes by
 * doubling them or with backslashes; comments are {@code /* … *}{@code /}, {@code -- …} and {@code # …}, as SingleStore
 * reads them.
 *
 * @param seed the seed it was generated from
 * @param segments the SQL text around the placeholders: one more than there are arguments
 * @param arguments the arguments, one per placeholder, of every type the template accepts
 * @param columns the columns the statement returns, in order
 */
record GeneratedStatement(long seed, List<String> segments, List<@Nullable Object> arguments, List<Column> columns) {

	private static final String LITERAL_CHARACTERS = "ab ?:;,()*/-#\"`'=@$%_\nZé日☃";

	private static final String COMMENT_CHARACTERS = "ab ?:;,()'\"`=@$_é";

	private static final String NAME_CHARACTERS = "abc?:_ 0";

	private static final List<String> TRICKY_STRINGS = List.of("?", "'", "''", "'); DROP TABLE t; --", "/* ? */",
			"-- ?", "\\", "\\'", "\"?\"", "`?`", ":name", "$$", "#", "\u0000", "\t\r\n", "naïve 日本語 ☃", "");

	private static final List<Function<Random, @Nullable Object>> VALUES = List.of((random) -> random.nextInt(),
			(random) -> random.nextLong(), (random) -> (short) random.nextInt(), (random) -> (byte) random.nextInt(),
			(random) -> (random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE),
			(random) -> new BigInteger(random.nextInt(100) + 1, random).multiply(sign(random)),
			GeneratedStatement::decimal, (random) -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20),
			(random) -> (random.nextFloat() - 0.5f) * 1000, GeneratedStatement::string,
			(random) -> (char) ('a' + random.nextInt(26)), Random::nextBoolean, GeneratedStatement::bytes,
			(random) -> new UUID(random.nextLong(), random.nextLong()),
			(random) -> DayOfWeek.values()[random.nextInt(7)], (random) -> dateTime(random).toLocalDate(),
			(random) -> dateTime(random).toLocalTime(), GeneratedStatement::dateTime,
			(random) -> dateTime(random).toInstant(ZoneOffset.UTC),
			(random) -> dateTime(random).atOffset(ZoneOffset.ofHours(random.nextInt(25) - 12)),
			(random) -> dateTime(random).atZone(ZoneId.of("Europe/Paris")),
			(random) -> Duration.ofNanos(random.nextLong() % 360_000_000_000_000L / 1000 * 1000),
			(random) -> Year.of(1000 + random.nextInt(9000)),
			(random) -> Optional.ofNullable(random.nextBoolean() ? string(random) : null),
			(random) -> random.nextBoolean() ? OptionalInt.of(random.nextInt()) : OptionalInt.empty(),
			(random) -> random.nextBoolean() ? OptionalLong.of(random.nextLong()) : OptionalLong.empty(),
			(random) -> random.nextBoolean() ? OptionalDouble.of(random.nextDouble()) : OptionalDouble.empty(),
			(random) -> new AtomicInteger(random.nextInt()), (random) -> new AtomicLong(random.nextLong()),
			(random) -> null);

	/**
	 * Generates a statement.
	 * @param seed the seed; the same seed gives the same statement
	 * @return the statement
	 */
	static GeneratedStatement generate(long seed) {
		Random random = new Random(seed);
		List<String> segments = new ArrayList<>();
		List<@Nullable Object> arguments = new ArrayList<>();
		List<Column> columns = new ArrayList<>();
		StringBuilder segment = new StringBuilder("SELECT ");
		int items = 1 + random.nextInt(8);
		for (int item = 0; item < items; item++) {
			segment.append((item > 0) ? "," : "").append(noise(random));
			String name = columnName(random, item);
			if (random.nextInt(3) == 0) {
				String text = text(random, LITERAL_CHARACTERS, 12);
				segment.append(literal(random, text));
				columns.add(new Column(name, -1, text));
			}
			else {
				boolean parenthesized = random.nextBoolean();
				segment.append(parenthesized ? "(" : "");
				segments.add(segment.toString());
				segment.setLength(0);
				segment.append(parenthesized ? ")" : "");
				columns.add(new Column(name, arguments.size(), null));
				arguments.add(VALUES.get(random.nextInt(VALUES.size())).apply(random));
			}
			segment.append(noise(random)).append(" AS `").append(name).append('`');
		}
		segment.append(noise(random));
		segments.add(segment.toString());
		return new GeneratedStatement(seed, List.copyOf(segments), arguments, List.copyOf(columns));
	}

	/**
	 * The statement's SQL, with a {@code ?} for each argument.
	 * @return the SQL
	 */
	String sql() {
		return String.join("?", this.segments);
	}

	/**
	 * A string literal for a text, in one of the forms SingleStore reads: {@code '…'} with doubled quotes,
	 * {@code '…'} with backslash escapes, or {@code "…"} with backslash escapes.
	 */
	private static String literal(Random random, String text) {
		return switch (random.nextInt(3)) {
			case 0 -> "'" + text.replace("'", "''") + "'";
			case 1 -> "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
			default -> "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		};
	}

	private static String noise(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> " /* " + text(random, COMMENT_CHARACTERS, 10) + " */ ";
			case 1 -> " -- " + text(random, COMMENT_CHARACTERS, 10) + "\n";
			case 2 -> "\n\t";
			case 3 -> " # " + text(random, COMMENT_CHARACTERS, 10) + "\n";
			default -> " ";
		};
	}

	private static String columnName(Random random, int index) {
		return text(random, NAME_CHARACTERS, 6).strip() + index;
	}

	private static String text(Random random, String characters, int maxLength) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(maxLength + 1);
		for (int index = 0; index < length; index++) {
			text.append(characters.charAt(random.nextInt(characters.length())));
		}
		return text.toString();
	}

	private static String string(Random random) {
		return random.nextBoolean() ? TRICKY_STRINGS.get(random.nextInt(TRICKY_STRINGS.size()))
				: text(random, LITERAL_CHARACTERS + "\\'", 30);
	}

	private static BigDecimal decimal(Random random) {
		BigInteger unscaled = new BigInteger(random.nextInt(200) + 1, random).multiply(sign(random));
		return new BigDecimal(unscaled, random.nextInt(30));
	}

	private static BigInteger sign(Random random) {
		return random.nextBoolean() ? BigInteger.ONE : BigInteger.ONE.negate();
	}

	private static byte[] bytes(Random random) {
		byte[] bytes = new byte[random.nextInt(40)];
		random.nextBytes(bytes);
		return bytes;
	}

	private static LocalDateTime dateTime(Random random) {
		long second = LocalDateTime.of(1000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC)
				+ (long) (random.nextDouble() * 280_000_000_000L);
		int micros = random.nextBoolean() ? random.nextInt(1_000_000) : 0;
		return LocalDateTime.ofEpochSecond(second, micros * 1000, ZoneOffset.UTC);
	}

	/**
	 * A column of the result.
	 *
	 * @param name its name
	 * @param argument the index of the argument it returns, or {@code -1} for a string literal
	 * @param literal the text of the string literal it returns, or {@code null}
	 */
	record Column(String name, int argument, @Nullable String literal) {
	}

}
