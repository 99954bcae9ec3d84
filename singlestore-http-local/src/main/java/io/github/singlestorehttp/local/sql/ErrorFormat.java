package io.github.singlestorehttp.local.sql;

/**
 * How an engine error is written into a plain-text response body.
 */
public enum ErrorFormat {

	/** {@code Error 1146 (42S02): Table 'app.x' doesn't exist}, as current servers write it. */
	WITH_SQLSTATE {
		@Override
		public String format(SqlError error) {
			return "Error " + error.code() + " (" + error.sqlState() + "): " + error.getMessage();
		}
	},

	/** {@code Error 1146: Table 'app.x' doesn't exist}, as older servers write it. */
	LEGACY {
		@Override
		public String format(SqlError error) {
			return "Error " + error.code() + ": " + error.getMessage();
		}
	};

	/**
	 * Formats the error as a response body.
	 * @param error the error
	 * @return the body text
	 */
	public abstract String format(SqlError error);

}
