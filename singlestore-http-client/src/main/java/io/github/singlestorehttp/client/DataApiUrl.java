package io.github.singlestorehttp.client;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Normalizes the Data API base URL and enforces HTTPS: plain HTTP is accepted for loopback hosts only,
 * unless explicitly allowed, because credentials travel in every request.
 */
final class DataApiUrl {

	private static final Log logger = LogFactory.getLog(DataApiUrl.class);

	private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

	private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127\\." + OCTET + "\\." + OCTET + "\\." + OCTET);

	private DataApiUrl() {
	}

	/**
	 * Normalize a base URL: {@code https://} is assumed when no scheme is given, and a trailing
	 * {@code /} or {@code /api/v2} is removed.
	 * @param url the URL as configured
	 * @param allowInsecure whether plain HTTP to a non-loopback host is allowed
	 * @return the base URL
	 */
	static String normalize(String url, boolean allowInsecure) {
		String trimmed = url.trim();
		if (trimmed.isEmpty()) {
			throw new IllegalArgumentException("The Data API URL must not be blank");
		}
		String withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed;
		String base = stripSuffix(stripSuffix(withScheme, "/"), "/api/v2");
		URI uri = URI.create(base);
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new IllegalArgumentException("The Data API URL must be http(s)://host[:port], not '" + base + "'");
		}
		if (uri.getUserInfo() != null) {
			throw new IllegalArgumentException(
					"The Data API URL must not contain credentials; configure the username and password separately");
		}
		if (scheme.equals("http") && !isLoopback(uri.getHost())) {
			if (!allowInsecure) {
				throw new IllegalArgumentException("Plain HTTP to " + uri.getHost() + " would send credentials and data "
						+ "unencrypted; use https:// or allow insecure HTTP explicitly (singlestore.http.allow-insecure)");
			}
			logger.warn("Data API at " + uri.getHost() + " is reached over plain HTTP: credentials and data travel "
					+ "unencrypted");
		}
		return base;
	}

	private static String stripSuffix(String text, String suffix) {
		return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
	}

	/**
	 * Whether a host is loopback without a name lookup: exactly {@code localhost}, an IPv4 address in
	 * 127.0.0.0/8, or {@code ::1}. Names below {@code .localhost} are not: they may be looked up in DNS.
	 * @param host the host of the URL
	 * @return {@code true} for loopback
	 */
	static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		return name.equals("localhost") || LOOPBACK_IPV4.matcher(name).matches() || name.equals("::1")
				|| name.equals("0:0:0:0:0:0:0:1");
	}

}
