package io.github.singlestorehttp.local;

import java.util.regex.Pattern;

/**
 * Hides the passwords a JDBC URL may carry wherever the URL is shown: the {@code password=} (or {@code pwd=}) setting
 * of H2 and most drivers, after {@code ;}, {@code ?} or {@code &}, and the password of {@code user:password@host}.
 * Database error messages may repeat the URL, so text that contains it is masked too.
 */
final class JdbcUrlPasswords {

	private static final String MASK = "****";

	/** In a URL a setting ends at the next separator; its value may contain spaces. */
	private static final Pattern URL_SETTING = Pattern.compile("(?i)([;?&]\\s*(?:password|pwd)\\s*=)[^;&]*");

	/** In other text the URL may be quoted or followed by more words. */
	private static final Pattern TEXT_SETTING = Pattern.compile("(?i)([;?&]\\s*(?:password|pwd)\\s*=)[^;&\\s\"']*");

	private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@:\\s]*:)[^/?#@\\s]*@");

	private JdbcUrlPasswords() {
	}

	/**
	 * Masks the passwords of a JDBC URL.
	 * @param jdbcUrl the URL
	 * @return the URL with every password replaced by {@value #MASK}
	 */
	static String masked(String jdbcUrl) {
		return mask(URL_SETTING, USER_INFO.matcher(jdbcUrl).replaceAll("$1" + MASK + "@"));
	}

	/**
	 * Masks the passwords of a JDBC URL in text that may show the URL, such as a database's error message.
	 * @param text the text
	 * @param jdbcUrl the URL
	 * @return the text with the URL masked and any other password setting or user information masked too
	 */
	static String maskedIn(String text, String jdbcUrl) {
		String withUrlMasked = text.replace(jdbcUrl, masked(jdbcUrl));
		return mask(TEXT_SETTING, USER_INFO.matcher(withUrlMasked).replaceAll("$1" + MASK + "@"));
	}

	private static String mask(Pattern setting, String text) {
		return setting.matcher(text).replaceAll("$1" + MASK);
	}

}
