package io.github.singlestorehttp.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import io.netty.util.NetUtil;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Normalizes the Data API base URL and enforces HTTPS: plain HTTP is accepted for loopback hosts only,
 * unless explicitly allowed, because credentials travel in every request.
 */
final class DataApiUrl {

	private static final Log logger = LogFactory.getLog(DataApiUrl.class);

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
	 * Whether a host is loopback without a name lookup: exactly {@code localhost}, or an IP address literal
	 * (parsed by Netty, never resolved) in 127.0.0.0/8 or {@code ::1}. Names below {@code .localhost} are
	 * not: they may be looked up in DNS.
	 * @param host the host of the URL
	 * @return {@code true} for loopback
	 */
	static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		if (name.equals("localhost")) {
			return true;
		}
		byte[] address = NetUtil.createByteArrayFromIpAddressString(name);
		return address != null && isLoopbackAddress(address);
	}

	private static boolean isLoopbackAddress(byte[] address) {
		try {
			return InetAddress.getByAddress(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
