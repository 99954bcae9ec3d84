package io.github.singlestorehttp.local.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.github.singlestorehttp.local.result.ResultColumn;
import org.jspecify.annotations.Nullable;

/**
 * One result set of a statement, read row by row: the rows are never collected in memory.
 */
public final class ResultTable {

	private final ResultSet resultSet;

	private final List<ResultColumn> columns;

	private final DatabaseDialect dialect;

	private final @Nullable Object[] values;

	ResultTable(ResultSet resultSet, List<ResultColumn> columns, DatabaseDialect dialect) {
		this.resultSet = resultSet;
		this.columns = List.copyOf(columns);
		this.dialect = dialect;
		this.values = new Object[columns.size()];
	}

	/**
	 * The columns of this result set.
	 * @return the columns, in order
	 */
	public List<ResultColumn> columns() {
		return this.columns;
	}

	/**
	 * Moves to the next row and reads all its values.
	 * @return {@code false} when there are no more rows
	 * @throws SqlError if reading the row fails
	 */
	public boolean next() throws SqlError {
		try {
			if (!this.resultSet.next()) {
				return false;
			}
			for (int index = 0; index < this.values.length; index++) {
				this.values[index] = this.columns.get(index).reader().read(this.resultSet, index + 1);
			}
			return true;
		}
		catch (SQLException ex) {
			throw this.dialect.translate(ex, null);
		}
	}

	/**
	 * A value of the current row, in the Data API's JSON encoding.
	 * @param index the 0-based column index
	 * @return the value, or {@code null} for SQL NULL
	 */
	public @Nullable Object value(int index) {
		return this.values[index];
	}

}
