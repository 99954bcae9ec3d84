package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bucket width of {@code TIME_BUCKET}: an ISO-8601-style duration made of weeks, days, hours, minutes and seconds
 * ({@code '1h4m'}, {@code '1d'}) or a MySQL interval ({@code 'INTERVAL 1 DAY'}, {@code '15 MINUTE'}).
 *
 * @see <a href="https://docs.singlestore.com/cloud/reference/sql-reference/time-series-functions/time-bucket/">
 * TIME_BUCKET</a>
 */
final class BucketWidth {

	private static final Pattern ISO_PART = Pattern.compile("(\\d+)([wdhms])");

	private static final Pattern ISO = Pattern.compile("(?:\\d+[wdhms])+");

	private static final Pattern INTERVAL = Pattern
		.compile("(?:interval\\s+)?(\\d+)\\s*(week|day|hour|minute|second|microsecond)s?");

	private BucketWidth() {
	}

	/**
	 * Reads a bucket width.
	 * @throws SQLException when the text is not a bucket width or the width is zero
	 */
	static Duration parse(String text) throws SQLException {
		String width = text.strip().toLowerCase(Locale.ROOT);
		Duration duration = ISO.matcher(width).matches() ? iso(width) : interval(width);
		if (duration.isZero()) {
			throw invalid();
		}
		return duration;
	}

	private static Duration iso(String width) {
		Duration duration = Duration.ZERO;
		Matcher part = ISO_PART.matcher(width);
		while (part.find()) {
			duration = duration.plus(unit(part.group(2).charAt(0)).multipliedBy(Long.parseLong(part.group(1))));
		}
		return duration;
	}

	private static Duration interval(String width) throws SQLException {
		Matcher matcher = INTERVAL.matcher(width);
		if (!matcher.matches()) {
			throw invalid();
		}
		long count = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
			case "week" -> Duration.ofDays(7 * count);
			case "day" -> Duration.ofDays(count);
			case "hour" -> Duration.ofHours(count);
			case "minute" -> Duration.ofMinutes(count);
			case "second" -> Duration.ofSeconds(count);
			default -> Duration.ofNanos(1000 * count);
		};
	}

	private static Duration unit(char unit) {
		return switch (unit) {
			case 'w' -> Duration.ofDays(7);
			case 'd' -> Duration.ofDays(1);
			case 'h' -> Duration.ofHours(1);
			case 'm' -> Duration.ofMinutes(1);
			default -> Duration.ofSeconds(1);
		};
	}

	private static SQLException invalid() {
		return SingleStoreErrors.incorrectArguments("TIME_BUCKET");
	}

}
