package io.github.singlestorehttp.local.json;

import java.nio.charset.StandardCharsets;

import io.github.singlestorehttp.local.sql.ExecResult;

/**
 * The body of an {@code /exec} response, {@code {"lastInsertId":7,"rowsAffected":1}}.
 */
public final class ExecResponse {

	private ExecResponse() {
	}

	/**
	 * Encodes a result.
	 * @param result the result
	 * @return the UTF-8 JSON body
	 */
	public static byte[] toJson(ExecResult result) {
		String json = "{\"lastInsertId\":" + result.lastInsertId() + ",\"rowsAffected\":" + result.rowsAffected() + "}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
