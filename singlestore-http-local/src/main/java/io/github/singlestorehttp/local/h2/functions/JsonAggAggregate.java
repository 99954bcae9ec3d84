package io.github.singlestorehttp.local.h2.functions;

import java.sql.Types;

import org.h2.api.AggregateFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;

/**
 * SingleStore's {@code JSON_AGG(expr)} aggregate: the values of a group as a JSON array, converted as
 * {@code TO_JSON} converts scalars. Text holding JSON is added as a JSON string, since JSON values are text here.
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/json-functions/json-agg/">JSON_AGG</a>
 */
public final class JsonAggAggregate implements AggregateFunction {

	private final ArrayNode values = JsonDocuments.nodes().arrayNode();

	@Override
	public int getType(int[] inputTypes) {
		return Types.VARCHAR;
	}

	@Override
	public void add(@Nullable Object value) {
		this.values.add(JsonValues.of(value));
	}

	@Override
	public @Nullable Object getResult() {
		return this.values.isEmpty() ? null : JsonDocuments.write(this.values);
	}

}
