package io.github.singlestorehttp.local.mariadb;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.SqlType;
import io.github.singlestorehttp.local.dialect.Token;
import org.jspecify.annotations.Nullable;

/**
 * MariaDB column and cast types for SingleStore's. MariaDB has SingleStore's MySQL types natively; the types it
 * lacks are stored as text or bytes and marked with a column comment ({@value #MARKER_PREFIX}{@code <type>}) from
 * which {@link MarkedColumns} reports SingleStore's type: {@code VECTOR(n, t)} is its JSON array text,
 * {@code GEOGRAPHY} and {@code GEOGRAPHYPOINT} are WKT text, {@code BSON} is bytes. {@code BOOL} is
 * {@code TINYINT}, as SingleStore reports it.
 */
final class MariaDbTypes {

	/** How the comment that marks a column of a type MariaDB lacks starts. */
	static final String MARKER_PREFIX = "SingleStore ";

	private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT", "BOOL",
			"YEAR", "BIT");

	private static final Set<String> TEXTS = Set.of("CHAR", "VARCHAR", "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT",
			"GEOGRAPHY", "GEOGRAPHYPOINT", "SET", "ENUM");

	private static final Set<String> BINARIES = Set.of("BINARY", "VARBINARY", "BLOB", "TINYBLOB", "MEDIUMBLOB",
			"LONGBLOB", "BSON");

	private MariaDbTypes() {
	}

	/**
	 * The MariaDB type of a column declared with a SingleStore type.
	 * @param type the SingleStore type
	 * @return the MariaDB type, with a marking comment where MariaDB lacks the type
	 */
	static String column(SqlType type) {
		return switch (type.name()) {
			case "VECTOR" -> "LONGTEXT" + marker("VECTOR(" + type.argument(0, "0") + ", "
					+ type.argument(1, "F32").toUpperCase(Locale.ROOT) + ")");
			case "GEOGRAPHY" -> "LONGTEXT" + marker("GEOGRAPHY");
			case "GEOGRAPHYPOINT" -> "VARCHAR(64)" + marker("GEOGRAPHYPOINT");
			case "BSON" -> "LONGBLOB" + marker("BSON");
			case "BOOL" -> "TINYINT";
			default -> written(type);
		};
	}

	/**
	 * The MariaDB cast target for a SingleStore type, or {@code null} when a value needs no conversion (JSON and
	 * VECTOR, which are text).
	 * @param type the SingleStore type
	 * @return the cast target
	 */
	static @Nullable String cast(SqlType type) {
		String name = type.name();
		if (name.equals("JSON") || name.equals("VECTOR")) {
			return null;
		}
		if (INTEGERS.contains(name)) {
			return type.unsigned() ? "UNSIGNED" : "SIGNED";
		}
		if (TEXTS.contains(name)) {
			return name.equals("CHAR") && !type.arguments().isEmpty() ? "CHAR(" + type.argument(0, "1") + ")" : "CHAR";
		}
		if (BINARIES.contains(name)) {
			return name.equals("BINARY") && !type.arguments().isEmpty() ? "BINARY(" + type.argument(0, "1") + ")"
					: "BINARY";
		}
		return switch (name) {
			case "TIMESTAMP" -> "DATETIME" + arguments(type);
			case "DECIMAL", "DOUBLE", "FLOAT", "DATE", "DATETIME", "TIME" -> written(type);
			default -> name;
		};
	}

	private static String marker(String type) {
		return " COMMENT '" + MARKER_PREFIX + type + "'";
	}

	private static String written(SqlType type) {
		return type.name() + arguments(type) + (type.unsigned() ? " UNSIGNED" : "");
	}

	private static String arguments(SqlType type) {
		if (type.arguments().isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder("(");
		for (List<Token> argument : type.arguments()) {
			if (text.length() > 1) {
				text.append(", ");
			}
			text.append(MariaDbRenderer.text(argument).strip());
		}
		return text.append(')').toString();
	}

}
