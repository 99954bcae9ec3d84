package io.github.singlestorehttp.local.result;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Describes JDBC result columns with the Data API's {@code dataType} names (those of the Go MySQL driver) and picks
 * the matching value encoding.
 * <p>
 * Columns declared with a type H2 lacks carry the name of the domain that stands for it, which the caller passes as
 * the declared type. BOOLEAN is reported as TINYINT with values 0 and 1, REAL as FLOAT, DOUBLE as DOUBLE,
 * TIMESTAMP as DATETIME, TIMESTAMP WITH TIME ZONE as TIMESTAMP (rendered in the server's time zone), ENUM and
 * unknown types as VARCHAR. Fractional seconds are capped at MySQL's six digits.
 */
public final class ColumnMapper {

	private static final String DOMAIN_PREFIX = "SS_";

	private static final String VECTOR_DOMAIN_PREFIX = DOMAIN_PREFIX + "VECTOR_";

	private static final String TIMESTAMP_DOMAIN_PREFIX = DOMAIN_PREFIX + "TIMESTAMP_";

	private static final String TIME_DOMAIN_PREFIX = DOMAIN_PREFIX + "TIME_";

	/** H2's type name of the intervals that hold TIME values, as the local server's H2 dialect declares them. */
	private static final String TIME_INTERVAL = "INTERVAL HOUR TO SECOND";

	private static final String UNSIGNED_SUFFIX = "_UNSIGNED";

	private static final int MAX_FRACTION_DIGITS = 6;

	private final JsonMapper jsonMapper;

	private final ZoneId timeZone;

	/**
	 * Creates a mapper.
	 * @param jsonMapper parses JSON column values
	 * @param timeZone the zone TIMESTAMP WITH TIME ZONE values are rendered in
	 */
	public ColumnMapper(JsonMapper jsonMapper, ZoneId timeZone) {
		this.jsonMapper = jsonMapper;
		this.timeZone = timeZone;
	}

	/**
	 * Describes one result column.
	 * @param metaData the result set's metadata
	 * @param column the 1-based column index
	 * @param declaredType the name of the type (a domain) the column was declared with, if known
	 * @return the column
	 * @throws SQLException if the metadata cannot be read
	 */
	public ResultColumn map(ResultSetMetaData metaData, int column, @Nullable String declaredType)
			throws SQLException {
		String name = metaData.getColumnLabel(column);
		boolean nullable = metaData.isNullable(column) != ResultSetMetaData.columnNoNulls;
		ResultColumn declared = (declaredType != null)
				? describeDeclared(name, nullable, declaredType, Math.min(metaData.getScale(column), MAX_FRACTION_DIGITS))
				: null;
		return (declared != null) ? declared : describe(name, nullable, metaData, column);
	}

	/**
	 * Describes a column declared with one of the local server's type domains: the TEXT and BLOB kinds, JSON, BSON,
	 * GEOGRAPHY and GEOGRAPHYPOINT, MEDIUMINT, YEAR (text in v2), BIT (base64 of eight bytes), unsigned integers
	 * (reported as their signed type, as the Data API does not surface unsigned), VECTOR (its JSON array text) and
	 * TIME (an interval, printed as {@code [-]HHH:MM:SS}).
	 */
	private @Nullable ResultColumn describeDeclared(String name, boolean nullable, String declaredType,
			int fractionDigits) {
		if (declaredType.startsWith(VECTOR_DOMAIN_PREFIX)) {
			String elementType = declaredType.substring(VECTOR_DOMAIN_PREFIX.length()).split("_")[0];
			return new ResultColumn(name, "VECTOR", nullable, ValueReaders.vector(elementType));
		}
		if (declaredType.startsWith(TIMESTAMP_DOMAIN_PREFIX)) {
			return new ResultColumn(name, withPrecision("TIMESTAMP", fractionDigits), nullable,
					ValueReaders.dateTime(fractionDigits));
		}
		if (declaredType.startsWith(TIME_DOMAIN_PREFIX)) {
			return longTime(name, nullable, fractionDigits);
		}
		String type = declaredType.startsWith(DOMAIN_PREFIX) ? declaredType.substring(DOMAIN_PREFIX.length())
				: declaredType;
		if (type.endsWith(UNSIGNED_SUFFIX)) {
			String signed = type.substring(0, type.length() - UNSIGNED_SUFFIX.length());
			return new ResultColumn(name, signed, nullable,
					signed.equals("BIGINT") ? ValueReaders.unsignedBigint() : ValueReaders.integer());
		}
		return switch (type) {
			case "TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT", "GEOGRAPHY", "GEOGRAPHYPOINT" ->
				new ResultColumn(name, type, nullable, ValueReaders.text());
			case "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB", "BSON" ->
				new ResultColumn(name, type, nullable, ValueReaders.binary());
			case "JSON" -> new ResultColumn(name, "JSON", nullable, new JsonColumnReader(this.jsonMapper));
			case "MEDIUMINT" -> new ResultColumn(name, "MEDIUMINT", nullable, ValueReaders.integer());
			case "YEAR" -> new ResultColumn(name, "YEAR", nullable, ValueReaders.year());
			case "BIT" -> new ResultColumn(name, "BIT", nullable, ValueReaders.bits());
			default -> null;
		};
	}

	private ResultColumn describe(String name, boolean nullable, ResultSetMetaData metaData, int column)
			throws SQLException {
		int fractionDigits = Math.min(metaData.getScale(column), MAX_FRACTION_DIGITS);
		switch (metaData.getColumnType(column)) {
			case Types.BOOLEAN, Types.BIT:
				return new ResultColumn(name, "TINYINT", nullable, ValueReaders.booleanAsNumber());
			case Types.TINYINT:
				return new ResultColumn(name, "TINYINT", nullable, ValueReaders.integer());
			case Types.SMALLINT:
				return new ResultColumn(name, "SMALLINT", nullable, ValueReaders.integer());
			case Types.INTEGER:
				return new ResultColumn(name, "INT", nullable, ValueReaders.integer());
			case Types.BIGINT:
				return new ResultColumn(name, "BIGINT", nullable, ValueReaders.integer());
			case Types.REAL:
				return new ResultColumn(name, "FLOAT", nullable, ValueReaders.singlePrecision());
			case Types.FLOAT, Types.DOUBLE:
				return new ResultColumn(name, "DOUBLE", nullable, ValueReaders.doublePrecision());
			case Types.NUMERIC, Types.DECIMAL:
				return new ResultColumn(name, decimalType(metaData, column), nullable, ValueReaders.decimal());
			case Types.CHAR, Types.NCHAR:
				return new ResultColumn(name, "CHAR", nullable, ValueReaders.text());
			case Types.VARCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR:
				return new ResultColumn(name, "VARCHAR", nullable, ValueReaders.text());
			case Types.CLOB, Types.NCLOB:
				return new ResultColumn(name, "LONGTEXT", nullable, ValueReaders.text());
			case Types.BINARY:
				return new ResultColumn(name, "BINARY", nullable, ValueReaders.binary());
			case Types.VARBINARY, Types.LONGVARBINARY:
				return new ResultColumn(name, "VARBINARY", nullable, ValueReaders.binary());
			case Types.BLOB:
				return new ResultColumn(name, "LONGBLOB", nullable, ValueReaders.binary());
			case Types.DATE:
				return new ResultColumn(name, "DATE", nullable, ValueReaders.date());
			case Types.TIME:
				return new ResultColumn(name, withPrecision("TIME", fractionDigits), nullable,
						ValueReaders.time(fractionDigits));
			case Types.TIMESTAMP:
				return new ResultColumn(name, withPrecision("DATETIME", fractionDigits), nullable,
						ValueReaders.dateTime(fractionDigits));
			case Types.TIMESTAMP_WITH_TIMEZONE:
				return new ResultColumn(name, withPrecision("TIMESTAMP", fractionDigits), nullable,
						ValueReaders.timestampInZone(fractionDigits, this.timeZone));
			case Types.NULL:
				return new ResultColumn(name, "NULL", true, ValueReaders.alwaysNull());
			default:
				return describeByName(name, nullable, metaData.getColumnTypeName(column), fractionDigits);
		}
	}

	private ResultColumn describeByName(String name, boolean nullable, @Nullable String typeName,
			int fractionDigits) {
		String upperCase = (typeName != null) ? typeName.toUpperCase(Locale.ROOT) : "";
		if (upperCase.equals("JSON")) {
			return new ResultColumn(name, "JSON", nullable, new JsonColumnReader(this.jsonMapper));
		}
		if (upperCase.equals(TIME_INTERVAL)) {
			return longTime(name, nullable, fractionDigits);
		}
		return new ResultColumn(name, "VARCHAR", nullable, ValueReaders.text());
	}

	/**
	 * A TIME whose hours may pass 23, held as an interval of hours to seconds (a {@code TIME} column of the H2
	 * dialect, or an expression of such columns, as {@code MAX(t)}).
	 */
	private static ResultColumn longTime(String name, boolean nullable, int fractionDigits) {
		return new ResultColumn(name, withPrecision("TIME", fractionDigits), nullable,
				ValueReaders.duration(fractionDigits));
	}

	private static String decimalType(ResultSetMetaData metaData, int column) throws SQLException {
		String typeName = metaData.getColumnTypeName(column);
		if (typeName != null && typeName.toUpperCase(Locale.ROOT).equals("DECFLOAT")) {
			return "DECIMAL";
		}
		return "DECIMAL(" + metaData.getPrecision(column) + "," + metaData.getScale(column) + ")";
	}

	private static String withPrecision(String type, int fractionDigits) {
		return (fractionDigits > 0) ? type + "(" + fractionDigits + ")" : type;
	}

}
