package io.github.singlestorehttp.local.dialect;

import java.util.Locale;

/**
 * One token of a statement as SingleStore reads it.
 *
 * @param kind what the token is
 * @param text the token's source text (for strings: the literal's content with escapes resolved; for quoted
 * identifiers: the name without quotes)
 * @param spaceBefore whether whitespace or a comment stood before the token in the source
 * @param offset where the token starts in the source, or {@code -1} for a token the translator made
 */
public record Token(Kind kind, String text, boolean spaceBefore, int offset) {

	/**
	 * Creates a word token (keyword or unquoted identifier) preceded by a space.
	 * @param text the word
	 * @return the token
	 */
	public static Token word(String text) {
		return new Token(Kind.WORD, text, true, -1);
	}

	/**
	 * Creates a symbol token.
	 * @param text the symbol
	 * @param spaceBefore whether a space precedes it
	 * @return the token
	 */
	public static Token symbol(String text, boolean spaceBefore) {
		return new Token(Kind.SYMBOL, text, spaceBefore, -1);
	}

	/**
	 * Creates a string literal token preceded by a space.
	 * @param value the literal's value
	 * @return the token
	 */
	public static Token string(String value) {
		return new Token(Kind.STRING, value, true, -1);
	}

	/**
	 * Tells whether this is a word equal to one of the given upper-case words, ignoring case.
	 * @param words the words
	 * @return {@code true} on a match
	 */
	public boolean isWord(String... words) {
		if (this.kind != Kind.WORD) {
			return false;
		}
		for (String word : words) {
			if (this.text.equalsIgnoreCase(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Tells whether this is the given symbol.
	 * @param symbol the symbol
	 * @return {@code true} on a match
	 */
	public boolean is(String symbol) {
		return this.kind == Kind.SYMBOL && this.text.equals(symbol);
	}

	/**
	 * The word in upper case, for comparisons.
	 * @return the upper-case text
	 */
	public String upper() {
		return this.text.toUpperCase(Locale.ROOT);
	}

	/**
	 * The same token with another space flag.
	 * @param space whether a space precedes it
	 * @return the token
	 */
	public Token withSpaceBefore(boolean space) {
		return new Token(this.kind, this.text, space, this.offset);
	}

	/** What a token is. */
	public enum Kind {

		/** A keyword or an unquoted identifier. */
		WORD,

		/** An identifier quoted with backticks. */
		QUOTED_IDENTIFIER,

		/** A string literal (quoted with {@code '} or {@code "}). */
		STRING,

		/** A hexadecimal literal, {@code X'…'} or {@code 0x…}; the text is the hex digits. */
		HEX,

		/** A bit literal, {@code b'…'} or {@code 0b…}; the text is the binary digits. */
		BITS,

		/** A number. */
		NUMBER,

		/** A {@code ?} placeholder. */
		PLACEHOLDER,

		/** A user variable, {@code @name}, or a system variable, {@code @@name}. */
		VARIABLE,

		/** An operator or punctuation. */
		SYMBOL

	}

}
