package io.github.singlestorehttp.ai;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.ai.vectorstore.filter.Filter;
import org.springframework.ai.vectorstore.filter.Filter.Expression;
import org.springframework.ai.vectorstore.filter.Filter.ExpressionType;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Translates a Spring AI filter expression into a SQL condition over the {@code metadata} JSON column, with every
 * key and value bound as an argument, never spliced into the SQL: {@code country == 'NL' && year >= 2020} becomes
 * {@code (JSON_EXTRACT_STRING(metadata, ?) = ? AND JSON_EXTRACT_DOUBLE(metadata, ?) >= ?)}. A value that is a number
 * compares the metadata value as a number, any other value (text, boolean) as text; {@code IN} and {@code NIN} take
 * a list of either kind. A key that a document lacks never matches a comparison, as in SQL.
 */
final class SingleStoreFilterExpressionConverter {

	private final String metadataColumn;

	SingleStoreFilterExpressionConverter(String metadataColumn) {
		this.metadataColumn = metadataColumn;
	}

	SqlCondition convert(Expression expression) {
		List<@Nullable Object> arguments = new ArrayList<>();
		String sql = condition(expression, arguments);
		return new SqlCondition(sql, arguments);
	}

	private String condition(Filter.Operand operand, List<@Nullable Object> arguments) {
		if (operand instanceof Filter.Group group) {
			return "(" + condition(group.content(), arguments) + ")";
		}
		if (!(operand instanceof Expression expression)) {
			throw new InvalidDataAccessApiUsageException("A filter condition must be an expression, not " + operand);
		}
		return switch (expression.type()) {
			case AND, OR -> "(" + condition(expression.left(), arguments) + " " + expression.type().name() + " "
					+ condition(required(expression.right()), arguments) + ")";
			case NOT -> "NOT (" + condition(expression.left(), arguments) + ")";
			case ISNULL -> extract(expression, "STRING", arguments) + " IS NULL";
			case ISNOTNULL -> extract(expression, "STRING", arguments) + " IS NOT NULL";
			case IN, NIN -> membership(expression, arguments);
			case EQ, NE, GT, GTE, LT, LTE -> comparison(expression, arguments);
		};
	}

	private String comparison(Expression expression, List<@Nullable Object> arguments) {
		Object value = value(expression);
		String extracted = extract(expression, kind(value), arguments);
		arguments.add(argument(value));
		return extracted + " " + operator(expression.type()) + " ?";
	}

	private String membership(Expression expression, List<@Nullable Object> arguments) {
		if (!(value(expression) instanceof Collection<?> values) || values.isEmpty()) {
			throw new InvalidDataAccessApiUsageException(
					"The values of " + expression.type() + " must be a non-empty list");
		}
		String extracted = extract(expression, kind(values.iterator().next()), arguments);
		List<String> placeholders = new ArrayList<>();
		for (Object value : values) {
			arguments.add(argument(value));
			placeholders.add("?");
		}
		String not = (expression.type() == ExpressionType.NIN) ? "NOT " : "";
		return extracted + " " + not + "IN (" + String.join(", ", placeholders) + ")";
	}

	private String extract(Expression expression, String kind, List<@Nullable Object> arguments) {
		if (!(expression.left() instanceof Filter.Key key)) {
			throw new InvalidDataAccessApiUsageException(
					"The left side of " + expression.type() + " must be a metadata key");
		}
		arguments.add(unquote(key.key()));
		return "JSON_EXTRACT_" + kind + "(" + this.metadataColumn + ", ?)";
	}

	private static Object value(Expression expression) {
		if (!(expression.right() instanceof Filter.Value value)) {
			throw new InvalidDataAccessApiUsageException("The right side of " + expression.type() + " must be a value");
		}
		return value.value();
	}

	private static String kind(Object value) {
		return (value instanceof Number) ? "DOUBLE" : "STRING";
	}

	private static Object argument(Object value) {
		return (value instanceof Number || value instanceof String) ? value : value.toString();
	}

	private static Filter.Operand required(Filter.@Nullable Operand operand) {
		if (operand == null) {
			throw new InvalidDataAccessApiUsageException("AND and OR need two operands");
		}
		return operand;
	}

	private static String unquote(String key) {
		boolean quoted = key.length() > 1 && (key.charAt(0) == '\'' || key.charAt(0) == '"')
				&& key.charAt(key.length() - 1) == key.charAt(0);
		return quoted ? key.substring(1, key.length() - 1) : key;
	}

	private static String operator(ExpressionType type) {
		return switch (type) {
			case EQ -> "=";
			case NE -> "!=";
			case GT -> ">";
			case GTE -> ">=";
			case LT -> "<";
			case LTE -> "<=";
			default -> throw new IllegalArgumentException("Not a comparison: " + type);
		};
	}

}
