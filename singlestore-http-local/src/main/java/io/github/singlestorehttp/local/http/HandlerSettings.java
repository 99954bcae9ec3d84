package io.github.singlestorehttp.local.http;

import io.github.singlestorehttp.local.sql.ErrorFormat;
import io.github.singlestorehttp.local.sql.NumberBinding;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the HTTP handler checks and answers requests.
 *
 * @param authenticator checks credentials
 * @param maxRequestBytes the largest accepted request body
 * @param numberBinding how JSON numbers in {@code args} are bound
 * @param errorFormat how SQL errors are written
 * @param jsonMapper parses requests and writes responses
 */
public record HandlerSettings(Authenticator authenticator, long maxRequestBytes, NumberBinding numberBinding,
		ErrorFormat errorFormat, JsonMapper jsonMapper) {
}
