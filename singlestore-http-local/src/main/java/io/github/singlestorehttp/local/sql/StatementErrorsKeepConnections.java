package io.github.singlestorehttp.local.sql;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool that a MySQL statement error (numbers 1000 to 1999, such as 1105 "unknown error", which
 * HikariCP otherwise takes for a broken connection) leaves the connection usable; other errors are judged by the
 * pool as usual.
 */
public final class StatementErrorsKeepConnections implements SQLExceptionOverride {

	private static final int MIN_STATEMENT_ERROR = 1000;

	private static final int MAX_STATEMENT_ERROR = 2000;

	@java.lang.Override
	public Override adjudicate(SQLException exception) {
		int code = exception.getErrorCode();
		return (code >= MIN_STATEMENT_ERROR && code < MAX_STATEMENT_ERROR) ? Override.DO_NOT_EVICT
				: Override.CONTINUE_EVICT;
	}

}
