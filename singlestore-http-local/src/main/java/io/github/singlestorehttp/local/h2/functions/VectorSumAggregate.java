package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;
import java.sql.Types;

import org.h2.api.AggregateFunction;
import org.h2.value.ValueVarbinary;
import org.h2.value.ValueVarchar;
import org.jspecify.annotations.Nullable;

/**
 * SingleStore's {@code VECTOR_SUM(vector)} aggregate: the element-wise sum of the vectors of a group, which must all
 * have the same dimension, as JSON array text of 32-bit floats. {@code NULL} vectors are skipped; a group without
 * vectors gives {@code NULL}.
 *
 * @see <a href="https://docs.singlestore.com/db/v7.8/reference/sql-reference/vector-functions/vector-sum/">
 * VECTOR_SUM</a>
 */
public final class VectorSumAggregate implements AggregateFunction {

	private static final String FUNCTION = "VECTOR_SUM";

	private double @Nullable [] sum;

	@Override
	public int getType(int[] inputTypes) {
		return Types.VARCHAR;
	}

	@Override
	public void add(@Nullable Object value) throws SQLException {
		if (value == null) {
			return;
		}
		double[] vector = VectorCodec.read((value instanceof byte[] bytes) ? ValueVarbinary.getNoCopy(bytes)
				: ValueVarchar.get(value.toString()), FUNCTION);
		double[] total = this.sum;
		if (total == null) {
			this.sum = vector;
			return;
		}
		if (total.length != vector.length) {
			throw VectorFunctions.dimensionMismatch(FUNCTION, total.length, vector.length);
		}
		for (int index = 0; index < total.length; index++) {
			total[index] = VectorElementType.F32.store(total[index] + vector[index]);
		}
	}

	@Override
	public @Nullable Object getResult() {
		return (this.sum != null) ? VectorCodec.format(this.sum, VectorElementType.F32) : null;
	}

}
