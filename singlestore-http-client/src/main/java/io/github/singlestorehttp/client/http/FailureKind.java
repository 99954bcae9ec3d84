package io.github.singlestorehttp.client.http;

import java.net.ConnectException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;

import io.github.singlestorehttp.client.error.DataApiSqlException;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * What a failed attempt means for retrying it.
 */
enum FailureKind {

	/** The request provably never reached the server (connect refused, DNS, TLS handshake): always safe to retry. */
	NOT_SENT,

	/** A transient failure after the request may have reached the server: safe to retry only if idempotent. */
	TRANSIENT,

	/** SQL errors, authentication errors, timeouts, malformed responses: never retried. */
	FINAL;

	private static final int DATABASE_RECOVERING = 2269;

	static FailureKind of(Throwable failure) {
		DataApiSqlException response = SingleStoreExceptionTranslator.dataApiCause(failure);
		if (response != null) {
			int status = response.getHttpStatus();
			boolean transientStatus = status == 429 || status == 502 || status == 503 || status == 504;
			return (transientStatus || response.getErrorCode() == DATABASE_RECOVERING) ? TRANSIENT : FINAL;
		}
		if (SingleStoreExceptionTranslator.hasCause(failure, ConnectException.class)
				|| SingleStoreExceptionTranslator.hasCause(failure, UnknownHostException.class)
				|| SingleStoreExceptionTranslator.hasCause(failure, SSLHandshakeException.class)) {
			return NOT_SENT;
		}
		return (failure instanceof DataAccessResourceFailureException) ? TRANSIENT : FINAL;
	}

}
