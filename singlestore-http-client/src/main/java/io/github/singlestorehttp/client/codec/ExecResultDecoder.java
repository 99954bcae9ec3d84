package io.github.singlestorehttp.client.codec;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;


/**
 * Decodes an {@code /exec} response, {@code {"lastInsertId": 7, "rowsAffected": 1}}. A missing
 * {@code lastInsertId} means none was generated; an {@code error} member is raised.
 */
public final class ExecResultDecoder {

	private ExecResultDecoder() {
	}

	/**
	 * Decode a complete response body.
	 * @param body the body
	 * @return the result
	 * @throws MalformedResponseException when the body is not an exec response
	 * @throws StreamedErrorException when the body carries an {@code error} member
	 */
	public static ExecResponse decode(byte[] body) {
		if (body.length == 0) {
			throw new MalformedResponseException("Response body is empty");
		}
		try (JsonParser parser = JsonText.FACTORY.createParser(ObjectReadContext.empty(), body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new MalformedResponseException("Expected a JSON object but found " + parser.currentToken());
			}
			long lastInsertId = 0;
			Long rowsAffected = null;
			StreamedError error = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("lastInsertId".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
					lastInsertId = parser.getLongValue();
				}
				else if ("rowsAffected".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
					rowsAffected = parser.getLongValue();
				}
				else if ("error".equals(name) && value == JsonToken.START_OBJECT) {
					error = readError(parser);
				}
				else {
					parser.skipChildren();
				}
			}
			if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
				throw new MalformedResponseException("Response is not a single JSON object");
			}
			if (error != null) {
				throw new StreamedErrorException(error);
			}
			if (rowsAffected == null) {
				throw new MalformedResponseException("Response has no rowsAffected");
			}
			return new ExecResponse(lastInsertId, rowsAffected);
		}
		catch (JacksonException ex) {
			throw new MalformedResponseException("Response is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private static StreamedError readError(JsonParser parser) {
		int code = 0;
		String message = "(no message)";
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("code".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
				code = parser.getIntValue();
			}
			else if ("message".equals(name) && value == JsonToken.VALUE_STRING) {
				message = parser.getString();
			}
			else {
				parser.skipChildren();
			}
		}
		return new StreamedError(code, message);
	}

}
