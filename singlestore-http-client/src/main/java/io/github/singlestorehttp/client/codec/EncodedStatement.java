package io.github.singlestorehttp.client.codec;

import java.util.List;

/**
 * A statement ready to send: the request body and what may be said about it in messages.
 *
 * @param sql the SQL as the caller wrote it, with placeholders and without values: safe for
 * messages, logs and observations
 * @param body the JSON request body
 * @param argumentTexts text forms of the string-like arguments, so that error messages the server
 * echoes them in can be redacted
 */
public record EncodedStatement(String sql, byte[] body, List<String> argumentTexts) {

	@Override
	public String toString() {
		return "EncodedStatement[sql=" + this.sql + ", " + this.body.length + " bytes]";
	}

}
