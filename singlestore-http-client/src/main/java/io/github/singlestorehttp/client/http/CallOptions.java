package io.github.singlestorehttp.client.http;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Per-call settings.
 *
 * @param idempotent whether running the statement twice is harmless, which allows retrying a write
 * after the request may have reached the server
 * @param timeout the longest this call may take, all attempts included, or {@code null} for the
 * template's timeout
 */
public record CallOptions(boolean idempotent, @Nullable Duration timeout) {

	/** The defaults: not idempotent, the template's timeout. */
	public static final CallOptions DEFAULTS = new CallOptions(false, null);

}
