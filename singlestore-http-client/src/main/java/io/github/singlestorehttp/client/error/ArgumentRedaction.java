package io.github.singlestorehttp.client.error;

import java.util.List;

/**
 * Removes argument values from a server's error message. Servers quote values in messages
 * ({@code Duplicate entry 'v' for key 'k'}, {@code … near 'WHERE id = 42' at line 1}), alone, joined into a
 * composite key ({@code 'john-42'}), or cut short when long (by the server, or by the message's own
 * abbreviation, which may leave the last quote unclosed); every quoted text that holds one of the
 * argument texts as a whole word, or that is the start of one, becomes {@code '?'}. The argument texts
 * are every form in which the request carried a value: strings, inlined numeric literals, booleans,
 * doubles, temporal values, base64 and the text of binary values.
 */
final class ArgumentRedaction {

	private static final String REDACTED = "'?'";

	private ArgumentRedaction() {
	}

	static String redact(String message, List<String> argumentTexts) {
		if (argumentTexts.isEmpty()) {
			return message;
		}
		StringBuilder redacted = new StringBuilder(message.length());
		int copied = 0;
		int open = message.indexOf('\'');
		while (open >= 0) {
			int close = message.indexOf('\'', open + 1);
			String quoted = message.substring(open + 1, (close < 0) ? message.length() : close);
			if (close < 0) {
				String cut = quoted.endsWith("…") ? quoted.substring(0, quoted.length() - 1) : quoted;
				if (mentionsAny(cut, argumentTexts)) {
					redacted.append(message, copied, open).append("'?…");
					copied = message.length();
				}
				break;
			}
			if (mentionsAny(quoted, argumentTexts)) {
				redacted.append(message, copied, open).append(REDACTED);
				copied = close + 1;
				open = message.indexOf('\'', close + 1);
			}
			else {
				open = close;
			}
		}
		return redacted.append(message, copied, message.length()).toString();
	}

	private static boolean mentionsAny(String quoted, List<String> argumentTexts) {
		if (quoted.isEmpty()) {
			return false;
		}
		for (String text : argumentTexts) {
			if (!text.isEmpty() && (text.startsWith(quoted) || containsWord(quoted, text))) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsWord(String quoted, String text) {
		for (int at = quoted.indexOf(text); at >= 0; at = quoted.indexOf(text, at + 1)) {
			if (!isWordCharacter(quoted, at - 1) && !isWordCharacter(quoted, at + text.length())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isWordCharacter(String text, int index) {
		return index >= 0 && index < text.length()
				&& (Character.isLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_');
	}

}
