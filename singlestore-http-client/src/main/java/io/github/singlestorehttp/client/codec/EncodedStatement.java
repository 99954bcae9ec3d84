package io.github.singlestorehttp.client.codec;

import java.util.List;

/**
 * A statement ready to send: the request body and what may be said about it in messages.
 *
 * @param sql the SQL as the caller wrote it, with placeholders and without values: safe for
 * messages, logs and observations
 * @param body the JSON request body
 * @param argumentTexts the text forms of every argument value as the request carried them (strings,
 * numeric literals, booleans, doubles, base64 and the text of binary values), so that error messages the
 * server echoes them in can be redacted
 * @param provableRead whether the statement provably only reads, so that running it twice is harmless
 * (a {@code SELECT}, {@code SHOW}, {@code DESCRIBE}, {@code EXPLAIN} or {@code WITH … SELECT})
 */
public record EncodedStatement(String sql, byte[] body, List<String> argumentTexts, boolean provableRead) {

	@Override
	public String toString() {
		return "EncodedStatement[sql=" + this.sql + ", " + this.body.length + " bytes]";
	}

}
