package io.github.singlestorehttp.ai;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A SQL condition with {@code ?} placeholders and the arguments bound to them, in order.
 *
 * @param sql the condition
 * @param arguments the arguments of its placeholders
 */
record SqlCondition(String sql, List<@Nullable Object> arguments) {

	SqlCondition {
		arguments = List.copyOf(arguments);
	}

}
