package io.github.singlestorehttp.local.h2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * MySQL's {@code FROM_BASE64} and {@code TO_BASE64}, registered in H2 as user-defined functions. Clients send bytes
 * as base64 text wrapped in {@code FROM_BASE64(?)}.
 */
public final class Base64Functions {

	private static final int LINE_LENGTH = 76;

	private Base64Functions() {
	}

	/**
	 * Decodes base64 text, ignoring whitespace, as MySQL's {@code FROM_BASE64} does.
	 * @param text the base64 text
	 * @return the bytes, or {@code null} when the text is {@code null} or not valid base64
	 */
	public static byte @Nullable [] fromBase64(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

	/**
	 * Encodes bytes as base64 with a line break after every 76 characters, as MySQL's {@code TO_BASE64} does.
	 * @param bytes the bytes (a string argument arrives as its UTF-8 bytes)
	 * @return the base64 text, or {@code null} when the bytes are {@code null}
	 */
	public static @Nullable String toBase64(byte @Nullable [] bytes) {
		if (bytes == null) {
			return null;
		}
		return Base64.getMimeEncoder(LINE_LENGTH, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
	}

}
