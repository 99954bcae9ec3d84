package io.github.singlestorehttp.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * SQL with positional {@code ?} placeholders and its arguments, one per placeholder, in order.
 * {@link #toString()} shows the SQL and the number of arguments, never their values.
 *
 * @param sql the SQL text
 * @param arguments the arguments, unmodifiable
 */
record PositionalStatement(String sql, List<@Nullable Object> arguments) {

	/**
	 * Create a statement.
	 * @param sql the SQL text
	 * @param arguments the arguments, copied
	 */
	public PositionalStatement {
		arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
	}

	/**
	 * The arguments as an array, for methods that take varargs.
	 * @return a new array of the arguments
	 */
	@Nullable Object[] argumentArray() {
		return this.arguments.toArray();
	}

	@Override
	public String toString() {
		return "PositionalStatement[sql=" + this.sql + ", arguments=" + this.arguments.size() + "]";
	}

}
