package io.github.singlestorehttp.client;

import java.time.Duration;

/**
 * How failed calls are retried: queries that provably only read ({@code SELECT}, {@code SHOW},
 * {@code DESCRIBE}, {@code EXPLAIN}, {@code WITH … SELECT}) on transient failures (connection failures, HTTP
 * 429, 502, 503, 504, "database recovering"); writes, whether through {@code /exec} or a query method (a
 * {@code CALL}, DML), only when the request provably never reached the server, unless the call is marked
 * idempotent. SQL errors, authentication errors and
 * timeouts after the request was sent are never retried, nor is a query that already emitted rows.
 * Delays grow exponentially with random jitter; a {@code Retry-After} answer is honoured, and a call
 * whose server asks to wait longer than {@code maxDelay} fails at once.
 *
 * @param maxAttempts the most attempts per call, including the first; {@code 1} disables retries
 * @param initialDelay the delay before the first retry
 * @param multiplier the factor by which each delay grows
 * @param maxDelay the longest delay between attempts
 * @param jitter the random spread added to or taken from each delay
 */
public record RetrySettings(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
		Duration jitter) {

	/**
	 * Validate the settings.
	 */
	public RetrySettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		if (multiplier < 1) {
			throw new IllegalArgumentException("multiplier must be at least 1");
		}
		if (initialDelay.isNegative() || maxDelay.isNegative() || jitter.isNegative()) {
			throw new IllegalArgumentException("Retry delays must not be negative");
		}
	}

	/**
	 * The defaults: 3 attempts, 100 ms initial delay doubling up to 2 s, 50 ms jitter.
	 * @return the default settings
	 */
	public static RetrySettings defaults() {
		return new RetrySettings(3, Duration.ofMillis(100), 2.0, Duration.ofSeconds(2), Duration.ofMillis(50));
	}

	/**
	 * No retries.
	 * @return settings with a single attempt
	 */
	public static RetrySettings none() {
		return new RetrySettings(1, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO);
	}

}
