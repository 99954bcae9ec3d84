package io.github.singlestorehttp.client.http;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.client.error.DataApiError;
import io.github.singlestorehttp.client.error.DataApiSqlException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.util.function.SingletonSupplier;

/**
 * Translates Data API errors into Spring's {@link DataAccessException} hierarchy.
 * <p>
 * Engine errors ({@code Error NNNN: …}) go through spring-jdbc's MySQL error-code table
 * ({@code 1062} → {@link org.springframework.dao.DuplicateKeyException}, {@code 1054/1064/1146} →
 * {@link BadSqlGrammarException}, {@code 1205} → lock failures, …), extended with codes the table lacks
 * ({@code 1048}, {@code 1406}, {@code 1264} → {@link DataIntegrityViolationException}; {@code 2269}
 * "database recovering" → {@link TransientDataAccessResourceException}). Errors without an engine code
 * are translated by HTTP status. Every message names the endpoint, the status and the error code;
 * argument values the server echoes, of every type, are redacted ({@link ArgumentRedaction}).
 */
final class SingleStoreExceptionTranslator {

	private static final Set<Integer> DATA_INTEGRITY_CODES = Set.of(1048, 1263, 1264, 1265, 1366, 1406);

	private static final Set<Integer> TRANSIENT_CODES = Set.of(2269, 1040, 1927);

	private static final Set<Integer> RESOURCE_USAGE_CODES = Set.of(1046, 1049);

	/** Read from spring-jdbc's sql-error-codes.xml at the first engine error, not while the application starts. */
	private final SingletonSupplier<SQLErrorCodeSQLExceptionTranslator> mysqlTranslator = SingletonSupplier
		.of(() -> new SQLErrorCodeSQLExceptionTranslator("MySQL"));

	/**
	 * Translate an error reported by the server.
	 * @param endpoint the endpoint called, for example {@code POST /api/v2/exec}
	 * @param sql the SQL as the caller wrote it (without argument values)
	 * @param error the error
	 * @param argumentTexts the text forms of the argument values, to redact from the server's message
	 * @return the exception to throw
	 */
	DataAccessException translate(String endpoint, String sql, DataApiError error, List<String> argumentTexts) {
		String message = ArgumentRedaction.redact(error.message(), argumentTexts);
		String task = describe(endpoint, error);
		Integer code = error.errorCode();
		if (error.httpStatus() == 401 || error.httpStatus() == 403) {
			return new PermissionDeniedDataAccessException(task + ": " + message + authHint(error.httpStatus()),
					new DataApiSqlException(endpoint, error, message));
		}
		if (code != null) {
			return translateEngineError(task, sql, code, new DataApiSqlException(endpoint, error, message));
		}
		return translateStatus(task + "; SQL [" + sql + "]; " + message, error.httpStatus(),
				new DataApiSqlException(endpoint, error, message));
	}

	/**
	 * Translate a failure to exchange a request with the server (connection refused, DNS, TLS, reset,
	 * read timeout).
	 * @param endpoint the endpoint called
	 * @param sql the SQL as the caller wrote it
	 * @param cause the transport failure
	 * @return the exception to throw
	 */
	DataAccessException translateTransportFailure(String endpoint, String sql, Throwable cause) {
		if (hasCause(cause, io.netty.handler.timeout.TimeoutException.class)
				|| hasCause(cause, java.net.http.HttpTimeoutException.class)) {
			return new QueryTimeoutException(endpoint + " got no response within the read timeout "
					+ "(singlestore.http.read-timeout); SQL [" + sql + "]", cause);
		}
		return new DataAccessResourceFailureException(
				endpoint + " failed in transport (" + typesOf(cause) + "); SQL [" + sql + "]", cause);
	}

	/**
	 * The simple names of the exception types in a chain: the messages stay out, as a connector's message may
	 * quote a request header, credentials included. The exception itself is the cause, with the details.
	 */
	private static String typesOf(Throwable ex) {
		StringJoiner types = new StringJoiner(" caused by ");
		for (Throwable t = ex; t != null; t = t.getCause()) {
			types.add(t.getClass().getSimpleName());
		}
		return types.toString();
	}

	/**
	 * Whether an exception or one of its causes is of a type.
	 * @param ex the exception
	 * @param type the type
	 * @return {@code true} when the chain holds an instance of the type
	 */
	static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private DataAccessException translateEngineError(String task, String sql, int code, DataApiSqlException ex) {
		String message = task + "; SQL [" + sql + "]; " + ex.getMessage();
		if (DATA_INTEGRITY_CODES.contains(code)) {
			return new DataIntegrityViolationException(message, ex);
		}
		if (TRANSIENT_CODES.contains(code)) {
			return new TransientDataAccessResourceException(message, ex);
		}
		if (RESOURCE_USAGE_CODES.contains(code)) {
			return new InvalidDataAccessResourceUsageException(message, ex);
		}
		if (code == 1065) {
			return new BadSqlGrammarException(task, sql, ex);
		}
		DataAccessException translated = this.mysqlTranslator.obtain().translate(task, sql, ex);
		return (translated != null) ? translated : new UncategorizedSQLException(task, sql, ex);
	}

	private static DataAccessException translateStatus(String message, int status, DataApiSqlException cause) {
		return switch (status) {
			case 404, 405 -> new InvalidDataAccessResourceUsageException(
					message + " (is the URL the Data API's base URL, without /api/v2?)", cause);
			case 408, 504 -> new QueryTimeoutException(message, cause);
			case 429, 502, 503 -> new TransientDataAccessResourceException(message, cause);
			case 400, 413, 415 -> new InvalidDataAccessApiUsageException(message, cause);
			default -> new DataAccessResourceFailureException(message, cause);
		};
	}

	private static String describe(String endpoint, DataApiError error) {
		StringBuilder task = new StringBuilder(endpoint).append(" (HTTP ").append(error.httpStatus());
		if (error.errorCode() != null) {
			task.append(", error ").append(error.errorCode());
			if (error.sqlState() != null) {
				task.append(" (").append(error.sqlState()).append(')');
			}
		}
		return task.append(')').toString();
	}

	private static String authHint(int status) {
		return (status == 401) ? " (check singlestore.http.username/password or the token)"
				: " (the user lacks a privilege the statement needs)";
	}

	/**
	 * The MySQL error code behind an exception the template threw.
	 * @param ex an exception the template threw
	 * @return the MySQL error code when the exception was caused by an engine error
	 */
	static @Nullable Integer errorCodeOf(Throwable ex) {
		DataApiSqlException cause = dataApiCause(ex);
		return (cause != null && cause.getErrorCode() != 0) ? cause.getErrorCode() : null;
	}

	/**
	 * The {@link DataApiSqlException} behind an exception the template threw.
	 * @param ex the exception
	 * @return the cause, or {@code null} when the failure was not an error response
	 */
	static @Nullable DataApiSqlException dataApiCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof DataApiSqlException sql) {
				return sql;
			}
		}
		return null;
	}

}
