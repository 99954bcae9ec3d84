package io.github.singlestorehttp.client.codec;

import java.util.Locale;

/**
 * How values of a column are decoded, derived from the column's {@code dataType}. Names are read
 * robustly: case-insensitive, with a {@code (…)} suffix and an {@code UNSIGNED} word before or after;
 * unknown names (GEOGRAPHY, BSON, …) decode as text.
 */
enum ColumnKind {

	/** TINYINT, SMALLINT, MEDIUMINT and INT: {@link Integer}, or {@link Long} when out of range. */
	INTEGER,
	/** BIGINT: {@link Long}, or {@link java.math.BigInteger} above {@code Long.MAX_VALUE}. */
	BIGINT,
	/** FLOAT: {@link Float}. */
	FLOAT,
	/** DOUBLE and REAL: {@link Double}. */
	DOUBLE,
	/** DECIMAL kinds: {@link java.math.BigDecimal}. */
	DECIMAL,
	/** DATE: {@link java.time.LocalDate}. */
	DATE,
	/** TIME: {@link java.time.LocalTime}, or {@link java.time.Duration} outside a day. */
	TIME,
	/** DATETIME and TIMESTAMP: {@link java.time.LocalDateTime}. */
	DATETIME,
	/** YEAR: {@link Integer}. */
	YEAR,
	/** Character types and anything unknown: {@link String}. */
	TEXT,
	/** BINARY, VARBINARY, BLOB kinds and BIT: {@code byte[]} from base64. */
	BINARY,
	/** JSON: the raw JSON text as a {@link String}. */
	JSON,
	/**
	 * VECTOR: a {@link String}, JSON array text when the value arrives as JSON array text or as a JSON array (copied
	 * as text), base64 when it arrives as packed binary; mapping converts either to {@code float[]} or
	 * {@code double[]}.
	 */
	VECTOR;

	static ColumnKind of(String dataType) {
		String name = baseName(dataType);
		return switch (name) {
			case "TINYINT", "TINY", "BOOL", "BOOLEAN", "SMALLINT", "SHORT", "MEDIUMINT", "INT24", "INT", "INTEGER",
					"LONG" -> INTEGER;
			case "BIGINT", "LONGLONG" -> BIGINT;
			case "FLOAT" -> FLOAT;
			case "DOUBLE", "REAL" -> DOUBLE;
			case "DECIMAL", "DEC", "FIXED", "NUMERIC", "NEWDECIMAL" -> DECIMAL;
			case "DATE", "NEWDATE" -> DATE;
			case "TIME" -> TIME;
			case "DATETIME", "TIMESTAMP" -> DATETIME;
			case "YEAR" -> YEAR;
			case "BINARY", "VARBINARY", "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB", "BIT" -> BINARY;
			case "JSON" -> JSON;
			case "VECTOR" -> VECTOR;
			default -> TEXT;
		};
	}

	private static String baseName(String dataType) {
		String name = dataType.toUpperCase(Locale.ROOT).trim();
		int parenthesis = name.indexOf('(');
		if (parenthesis >= 0) {
			name = name.substring(0, parenthesis).trim();
		}
		if (name.startsWith("UNSIGNED ")) {
			name = name.substring("UNSIGNED ".length()).trim();
		}
		if (name.endsWith(" UNSIGNED")) {
			name = name.substring(0, name.length() - " UNSIGNED".length()).trim();
		}
		return name;
	}

}
