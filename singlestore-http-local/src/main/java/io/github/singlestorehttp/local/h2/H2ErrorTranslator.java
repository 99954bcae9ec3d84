package io.github.singlestorehttp.local.h2;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import io.github.singlestorehttp.local.sql.SqlError;
import org.h2.api.ErrorCode;
import org.h2.jdbc.JdbcException;

/**
 * Maps H2 error codes to the MySQL error numbers and SQLSTATEs SingleStore reports, keeping H2's message text, except
 * for duplicate keys, whose message is MySQL's (see {@link DuplicateKeyMessage}). Codes without a MySQL counterpart
 * become 1105 ({@code HY000}).
 */
final class H2ErrorTranslator {

	private static final MySqlCode UNKNOWN = new MySqlCode(SqlError.UNKNOWN_ERROR, "HY000");

	private static final Map<Integer, MySqlCode> CODES = codes();

	private H2ErrorTranslator() {
	}

	static SqlError translate(SQLException exception) {
		MySqlCode code = CODES.getOrDefault(exception.getErrorCode(), UNKNOWN);
		String message = String.valueOf(
				(exception instanceof JdbcException h2) ? h2.getOriginalMessage() : exception.getMessage());
		if (exception.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
			message = DuplicateKeyMessage.of(message);
		}
		return new SqlError(code.number(), code.sqlState(), message);
	}

	private static Map<Integer, MySqlCode> codes() {
		Map<Integer, MySqlCode> codes = new HashMap<>();
		codes.put(ErrorCode.DUPLICATE_KEY_1, new MySqlCode(1062, "23000"));
		codes.put(ErrorCode.TABLE_OR_VIEW_ALREADY_EXISTS_1, new MySqlCode(1050, "42S01"));
		codes.put(ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, new MySqlCode(1146, "42S02"));
		codes.put(ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2, new MySqlCode(1146, "42S02"));
		codes.put(ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1, new MySqlCode(1146, "42S02"));
		codes.put(ErrorCode.COLUMN_NOT_FOUND_1, new MySqlCode(1054, "42S22"));
		codes.put(ErrorCode.DUPLICATE_COLUMN_NAME_1, new MySqlCode(1060, "42S21"));
		codes.put(ErrorCode.AMBIGUOUS_COLUMN_NAME_1, new MySqlCode(1052, "23000"));
		codes.put(ErrorCode.SYNTAX_ERROR_1, new MySqlCode(1064, "42000"));
		codes.put(ErrorCode.SYNTAX_ERROR_2, new MySqlCode(1064, "42000"));
		codes.put(ErrorCode.SCHEMA_NOT_FOUND_1, new MySqlCode(1049, "42000"));
		codes.put(ErrorCode.SCHEMA_ALREADY_EXISTS_1, new MySqlCode(1007, "HY000"));
		codes.put(ErrorCode.NULL_NOT_ALLOWED, new MySqlCode(1048, "23000"));
		codes.put(ErrorCode.VALUE_TOO_LONG_2, new MySqlCode(1406, "22001"));
		codes.put(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_1, new MySqlCode(1264, "22003"));
		codes.put(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_2, new MySqlCode(1264, "22003"));
		codes.put(ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1, new MySqlCode(1452, "23000"));
		codes.put(ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1, new MySqlCode(1451, "23000"));
		codes.put(ErrorCode.DATA_CONVERSION_ERROR_1, new MySqlCode(1366, "HY000"));
		codes.put(ErrorCode.INVALID_DATETIME_CONSTANT_2, new MySqlCode(1292, "22007"));
		codes.put(ErrorCode.DIVISION_BY_ZERO_1, new MySqlCode(1365, "22012"));
		codes.put(ErrorCode.CHECK_CONSTRAINT_VIOLATED_1, new MySqlCode(3819, "HY000"));
		codes.put(ErrorCode.FUNCTION_NOT_FOUND_1, new MySqlCode(1305, "42000"));
		codes.put(ErrorCode.METHOD_NOT_FOUND_1, new MySqlCode(1582, "42000"));
		codes.put(ErrorCode.STATEMENT_WAS_CANCELED, new MySqlCode(1317, "70100"));
		codes.put(ErrorCode.LOCK_TIMEOUT_1, new MySqlCode(1205, "HY000"));
		codes.put(ErrorCode.DEADLOCK_1, new MySqlCode(1213, "40001"));
		codes.put(ErrorCode.ADMIN_RIGHTS_REQUIRED, new MySqlCode(1227, "42000"));
		return Map.copyOf(codes);
	}

	private record MySqlCode(int number, String sqlState) {
	}

}
