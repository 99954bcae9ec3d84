package io.github.singlestorehttp.local.sql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Binds request arguments to a statement's placeholders, after checking their count.
 */
final class ArgumentBinder {

	private ArgumentBinder() {
	}

	static void bind(PreparedStatement statement, List<@Nullable Object> args) throws SQLException, SqlError {
		int placeholders = statement.getParameterMetaData().getParameterCount();
		if (placeholders != args.size()) {
			throw countMismatch(placeholders, args.size());
		}
		for (int index = 0; index < args.size(); index++) {
			bind(statement, index + 1, args.get(index));
		}
	}

	/**
	 * The most digits a MySQL {@code DECIMAL} holds: a longer number (such as a double's largest values written out)
	 * can only be a {@code DOUBLE}, and MySQL-family engines would otherwise cut it to 65 nines.
	 */
	private static final int MAX_DECIMAL_DIGITS = 65;

	private static void bind(PreparedStatement statement, int position, @Nullable Object value) throws SQLException {
		if (value == null) {
			statement.setNull(position, Types.NULL);
		}
		else if (value instanceof String text) {
			statement.setString(position, text);
		}
		else if (value instanceof Boolean flag) {
			statement.setInt(position, flag ? 1 : 0);
		}
		else if (value instanceof Long number) {
			statement.setLong(position, number);
		}
		else if (value instanceof BigDecimal number && number.precision() > MAX_DECIMAL_DIGITS) {
			statement.setDouble(position, number.doubleValue());
		}
		else if (value instanceof BigDecimal number) {
			statement.setBigDecimal(position, number);
		}
		else if (value instanceof Double number) {
			statement.setDouble(position, number);
		}
		else {
			throw new IllegalArgumentException("Unsupported argument type " + value.getClass().getName());
		}
	}

	private static SqlError countMismatch(int placeholders, int args) {
		return new SqlError(1210, "HY000", "Incorrect arguments: the statement has " + placeholders + " placeholder"
				+ ((placeholders != 1) ? "s" : "") + " ('?') but " + args + " argument" + ((args != 1) ? "s were" : " was")
				+ " given");
	}

}
