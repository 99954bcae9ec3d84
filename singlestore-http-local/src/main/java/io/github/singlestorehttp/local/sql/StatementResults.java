package io.github.singlestorehttp.local.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.singlestorehttp.local.result.ColumnMapper;
import io.github.singlestorehttp.local.result.ResultColumn;
import org.jspecify.annotations.Nullable;

/**
 * The result sets of an executed statement, one after the other.
 */
public final class StatementResults {

	private final Connection connection;

	private final PreparedStatement statement;

	private final DatabaseDialect dialect;

	private final ColumnMapper columnMapper;

	private boolean currentIsResultSet;

	private boolean started;

	StatementResults(Connection connection, PreparedStatement statement, boolean firstIsResultSet,
			DatabaseDialect dialect, ColumnMapper columnMapper) {
		this.connection = connection;
		this.statement = statement;
		this.currentIsResultSet = firstIsResultSet;
		this.dialect = dialect;
		this.columnMapper = columnMapper;
	}

	/**
	 * Moves to the next result set.
	 * @return the result set, or {@code null} when there are no more
	 * @throws SqlError if the database fails
	 */
	public @Nullable ResultTable nextTable() throws SqlError {
		try {
			if (this.started) {
				this.currentIsResultSet = this.statement.getMoreResults();
			}
			this.started = true;
			while (!this.currentIsResultSet && this.statement.getUpdateCount() != -1) {
				this.currentIsResultSet = this.statement.getMoreResults();
			}
			return this.currentIsResultSet ? table(this.statement.getResultSet()) : null;
		}
		catch (SQLException ex) {
			throw this.dialect.translate(ex, null);
		}
	}

	private ResultTable table(ResultSet resultSet) throws SQLException {
		ResultSetMetaData metaData = resultSet.getMetaData();
		Map<Integer, String> declaredTypes = this.dialect.declaredTypes(this.connection, metaData);
		List<ResultColumn> columns = new ArrayList<>();
		for (int column = 1; column <= metaData.getColumnCount(); column++) {
			columns.add(this.columnMapper.map(metaData, column, declaredTypes.get(column)));
		}
		return new ResultTable(resultSet, columns, this.dialect);
	}

}
