package io.github.singlestorehttp.client.http;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.client.error.DataApiError;

/**
 * Parses the plain-text bodies of Data API error responses: {@code Error 1146: Table … doesn't exist}
 * (older servers) and {@code Error 1146 (42S02): Table … doesn't exist} (newer ones). A body in
 * another form keeps the HTTP status and the body as the message.
 */
final class DataApiErrorParser {

	private static final Pattern ENGINE_ERROR = Pattern
		.compile("^\\s*Error\\s+(\\d+)\\s*(?:\\(([0-9A-Za-z]{5})\\))?[^:]*:\\s*(.*)$", Pattern.DOTALL);

	private static final int MAX_MESSAGE_LENGTH = 500;

	private DataApiErrorParser() {
	}

	/**
	 * Parse an error response.
	 * @param httpStatus the response status
	 * @param body the response body, possibly empty
	 * @param retryAfter the value of the {@code Retry-After} header, or {@code null}
	 * @return the error
	 */
	static DataApiError parse(int httpStatus, String body, @Nullable String retryAfter) {
		Duration wait = RetryAfter.parse(retryAfter);
		Matcher matcher = ENGINE_ERROR.matcher(body);
		if (matcher.matches()) {
			return new DataApiError(httpStatus, Integer.valueOf(matcher.group(1)), matcher.group(2),
					abbreviate(matcher.group(3).trim()), wait);
		}
		String message = body.isBlank() ? "HTTP error " + httpStatus + " with an empty body" : abbreviate(body.trim());
		return new DataApiError(httpStatus, null, null, message, wait);
	}

	/**
	 * Shorten text for a message to its first few hundred characters.
	 * @param text the text
	 * @return the text, cut with an ellipsis when longer than the limit
	 */
	static String abbreviate(String text) {
		return (text.length() <= MAX_MESSAGE_LENGTH) ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "…";
	}

}
