package io.github.singlestorehttp.local.h2.functions;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.value.DataType;
import org.h2.value.Value;
import org.h2.value.ValueNull;
import org.jspecify.annotations.Nullable;

/**
 * Reads the H2 values that functions taking arguments of several SQL types receive. H2 passes SQL {@code NULL} as
 * {@code null} or as {@link ValueNull}.
 */
final class SqlArguments {

	private static final Pattern LEADING_NUMBER = Pattern
		.compile("^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private SqlArguments() {
	}

	static boolean isNull(@Nullable Value value) {
		return value == null || value == ValueNull.INSTANCE;
	}

	static @Nullable String text(@Nullable Value value) {
		return isNull(value) ? null : value.getString();
	}

	/** The bytes of a value: binary values as they are, anything else as its UTF-8 text. */
	static byte[] bytes(Value value) {
		if (DataType.isBinaryStringType(value.getValueType())) {
			return value.getBytesNoCopy();
		}
		return value.getString().getBytes(StandardCharsets.UTF_8);
	}

	static boolean isText(Value value) {
		return DataType.isCharacterStringType(value.getValueType());
	}

	/**
	 * Converts a value to a number as MySQL does in a numeric context: text is read up to the first character that
	 * cannot continue a number, and text without a leading number is 0.
	 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/type-conversion.html">MySQL: Type Conversion in
	 * Expression Evaluation</a>
	 */
	static BigDecimal number(Value value) {
		if (!isText(value)) {
			return value.getBigDecimal();
		}
		Matcher matcher = LEADING_NUMBER.matcher(value.getString());
		return matcher.find() ? new BigDecimal(matcher.group().strip()) : BigDecimal.ZERO;
	}

}
