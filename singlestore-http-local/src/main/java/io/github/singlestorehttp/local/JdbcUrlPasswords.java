package io.github.singlestorehttp.local;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
		for (String password : passwords(jdbcUrl)) {
			withUrlMasked = withUrlMasked.replace(password, MASK);
		}
		return mask(TEXT_SETTING, USER_INFO.matcher(withUrlMasked).replaceAll("$1" + MASK + "@"));
	}

	/**
	 * The passwords a URL carries, so that a message quoting part of the URL (a driver's "Incorrect port value :
	 * secret@host") does not show them either.
	 */
	private static List<String> passwords(String jdbcUrl) {
		List<String> passwords = new ArrayList<>();
		for (Pattern pattern : List.of(URL_SETTING, USER_INFO)) {
			Matcher matcher = pattern.matcher(jdbcUrl);
			while (matcher.find()) {
				String password = jdbcUrl.substring(matcher.end(1), matcher.end()).replaceFirst("@$", "").strip();
				if (!password.isEmpty()) {
					passwords.add(password);
				}
			}
		}
		return passwords;
	}

	private static String mask(Pattern setting, String text) {
		return setting.matcher(text).replaceAll("$1" + MASK);
	}

}
