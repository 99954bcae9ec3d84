package io.github.singlestorehttp.local.dialect;

import java.util.ArrayList;
import java.util.List;

import io.github.singlestorehttp.local.dialect.Token.Kind;

/**
 * Splits SQL text into tokens by the lexical rules SingleStore shares with MySQL: comments are {@code # …} and
 * {@code -- …} (two dashes followed by whitespace or a control character) to the end of the line, and
 * {@code /* … *}{@code /}, which do not nest; the content of an executable comment {@code /*! … *}{@code /} is
 * code. Strings are quoted with {@code '} or {@code "} and take backslash escapes and doubled quotes; identifiers
 * are quoted with backticks. SingleStore's operators {@code ::}, {@code ::$}, {@code ::%}, {@code :>},
 * {@code !:>}, {@code <*>} and {@code <->} are single tokens.
 * <p>
 * See MySQL's "String Literals" and "Comments" reference pages, which SingleStore's SQL reference follows.
 */
public final class MySqlLexer {

	private static final String[] OPERATORS = { "!:>", "::$", "::%", "<*>", "<->", "<=>", "->>", "::", ":>", ":=",
			"<=", ">=", "<>", "!=", "||", "&&", "<<", ">>", "->" };

	private final String sql;

	private final List<Token> tokens = new ArrayList<>();

	private int index;

	private boolean spaceBefore;

	private MySqlLexer(String sql) {
		this.sql = sql;
	}

	/**
	 * Splits a text into tokens, leaving whitespace and comments out.
	 * @param sql the text
	 * @return the tokens, in order
	 * @throws DialectException 1064 for an unterminated string, identifier or comment
	 */
	public static List<Token> tokenize(String sql) throws DialectException {
		MySqlLexer lexer = new MySqlLexer(sql);
		lexer.run(sql.length());
		return lexer.tokens;
	}

	private void run(int end) throws DialectException {
		while (this.index < end) {
			char current = this.sql.charAt(this.index);
			if (Character.isWhitespace(current) || Character.isSpaceChar(current) || current < ' ') {
				this.index++;
				this.spaceBefore = true;
			}
			else if (current == '#' || isDashComment()) {
				skipLine();
			}
			else if (this.sql.startsWith("/*!", this.index)) {
				executableComment();
			}
			else if (this.sql.startsWith("/*", this.index)) {
				skipBracketedComment();
			}
			else {
				readToken(current);
				this.spaceBefore = false;
			}
		}
	}

	private boolean isDashComment() {
		if (!this.sql.startsWith("--", this.index)) {
			return false;
		}
		int next = this.index + 2;
		return next >= this.sql.length() || this.sql.charAt(next) <= ' ';
	}

	private void skipLine() {
		while (this.index < this.sql.length() && this.sql.charAt(this.index) != '\n') {
			this.index++;
		}
		this.spaceBefore = true;
	}

	private void skipBracketedComment() throws DialectException {
		int close = this.sql.indexOf("*/", this.index + 2);
		if (close < 0) {
			throw DialectException.syntax(near(this.index));
		}
		this.index = close + 2;
		this.spaceBefore = true;
	}

	private void executableComment() throws DialectException {
		int close = this.sql.indexOf("*/", this.index + 3);
		if (close < 0) {
			throw DialectException.syntax(near(this.index));
		}
		this.index += 3;
		while (this.index < close && Character.isDigit(this.sql.charAt(this.index))) {
			this.index++;
		}
		this.spaceBefore = true;
		run(close);
		this.index = close + 2;
		this.spaceBefore = true;
	}

	private void readToken(char current) throws DialectException {
		int start = this.index;
		if (current == '\'' || current == '"') {
			add(Kind.STRING, readQuoted(current, true), start);
		}
		else if (current == '`') {
			add(Kind.QUOTED_IDENTIFIER, readQuoted('`', false), start);
		}
		else if ((current == 'x' || current == 'X') && isQuoteAt(this.index + 1)) {
			this.index++;
			add(Kind.HEX, readQuoted('\'', false), start);
		}
		else if ((current == 'b' || current == 'B') && isQuoteAt(this.index + 1)) {
			this.index++;
			add(Kind.BITS, readQuoted('\'', false), start);
		}
		else if (current == '0' && this.index + 2 < this.sql.length() && isRadixPrefix(this.sql.charAt(this.index + 1))) {
			readRadixNumber(start);
		}
		else if (Character.isDigit(current) || (current == '.' && isDigitAt(this.index + 1))) {
			add(Kind.NUMBER, readNumber(), start);
		}
		else if (isWordPart(current)) {
			add(Kind.WORD, readWord(), start);
		}
		else if (current == '?') {
			this.index++;
			add(Kind.PLACEHOLDER, "?", start);
		}
		else if (current == '@') {
			add(Kind.VARIABLE, readVariable(), start);
		}
		else {
			add(Kind.SYMBOL, readSymbol(), start);
		}
	}

	private void add(Kind kind, String text, int start) {
		this.tokens.add(new Token(kind, text, this.spaceBefore, start));
	}

	private boolean isQuoteAt(int position) {
		return position < this.sql.length() && this.sql.charAt(position) == '\'';
	}

	private boolean isDigitAt(int position) {
		return position < this.sql.length() && Character.isDigit(this.sql.charAt(position));
	}

	private static boolean isRadixPrefix(char character) {
		return character == 'x' || character == 'b';
	}

	private void readRadixNumber(int start) {
		boolean hex = this.sql.charAt(this.index + 1) == 'x';
		int end = this.index + 2;
		while (end < this.sql.length() && isRadixDigit(this.sql.charAt(end), hex)) {
			end++;
		}
		if (end == this.index + 2 || (end < this.sql.length() && isWordPart(this.sql.charAt(end)))) {
			add(Kind.WORD, readWord(), start);
			return;
		}
		String digits = this.sql.substring(this.index + 2, end);
		this.index = end;
		add(hex ? Kind.HEX : Kind.BITS, digits, start);
	}

	private static boolean isRadixDigit(char character, boolean hex) {
		return hex ? Character.digit(character, 16) >= 0 : (character == '0' || character == '1');
	}

	private String readNumber() {
		int start = this.index;
		while (isDigitAt(this.index)) {
			this.index++;
		}
		if (this.index < this.sql.length() && this.sql.charAt(this.index) == '.') {
			this.index++;
			while (isDigitAt(this.index)) {
				this.index++;
			}
		}
		if (this.index < this.sql.length() && (this.sql.charAt(this.index) == 'e' || this.sql.charAt(this.index) == 'E')) {
			int exponent = this.index + 1;
			if (exponent < this.sql.length() && (this.sql.charAt(exponent) == '+' || this.sql.charAt(exponent) == '-')) {
				exponent++;
			}
			if (isDigitAt(exponent)) {
				this.index = exponent;
				while (isDigitAt(this.index)) {
					this.index++;
				}
			}
		}
		if (this.index < this.sql.length() && isWordPart(this.sql.charAt(this.index))
				&& !Character.isDigit(this.sql.charAt(this.index))) {
			this.index = start;
			return readWord();
		}
		return this.sql.substring(start, this.index);
	}

	private static boolean isWordPart(char character) {
		return Character.isLetterOrDigit(character) || character == '_' || character == '$';
	}

	private String readWord() {
		int start = this.index;
		while (this.index < this.sql.length() && isWordPart(this.sql.charAt(this.index))) {
			this.index++;
		}
		return this.sql.substring(start, this.index);
	}

	private String readVariable() throws DialectException {
		int start = this.index;
		this.index++;
		if (this.index < this.sql.length() && this.sql.charAt(this.index) == '@') {
			this.index++;
		}
		if (this.index < this.sql.length()) {
			char next = this.sql.charAt(this.index);
			if (next == '\'' || next == '"' || next == '`') {
				String name = readQuoted(next, next != '`');
				return this.sql.substring(start, this.index - name.length() - 2) + name;
			}
		}
		while (this.index < this.sql.length() && (isWordPart(this.sql.charAt(this.index)) || this.sql.charAt(this.index) == '.')) {
			this.index++;
		}
		return this.sql.substring(start, this.index);
	}

	private String readSymbol() {
		for (String operator : OPERATORS) {
			if (this.sql.startsWith(operator, this.index)) {
				this.index += operator.length();
				return operator;
			}
		}
		return String.valueOf(this.sql.charAt(this.index++));
	}

	/**
	 * Reads a quoted text starting at the opening quote; a doubled quote stands for one, and, where escapes apply, a
	 * backslash escapes the next character as MySQL's string literal rules say ({@code \0}, {@code \b}, {@code \n},
	 * {@code \r}, {@code \t}, {@code \Z}; {@code \%} and {@code \_} keep their backslash for {@code LIKE}).
	 */
	private String readQuoted(char quote, boolean escapes) throws DialectException {
		int opening = this.index;
		StringBuilder value = new StringBuilder();
		this.index++;
		while (this.index < this.sql.length()) {
			char current = this.sql.charAt(this.index);
			if (escapes && current == '\\' && this.index + 1 < this.sql.length()) {
				value.append(unescape(this.sql.charAt(this.index + 1)));
				this.index += 2;
			}
			else if (current == quote) {
				if (this.index + 1 < this.sql.length() && this.sql.charAt(this.index + 1) == quote) {
					value.append(quote);
					this.index += 2;
				}
				else {
					this.index++;
					return value.toString();
				}
			}
			else {
				value.append(current);
				this.index++;
			}
		}
		throw DialectException.syntax(near(opening));
	}

	private static String unescape(char escaped) {
		return switch (escaped) {
			case '0' -> "\0";
			case 'b' -> "\b";
			case 'n' -> "\n";
			case 'r' -> "\r";
			case 't' -> "\t";
			case 'Z' -> "\u001a";
			case '%' -> "\\%";
			case '_' -> "\\_";
			default -> String.valueOf(escaped);
		};
	}

	private String near(int position) {
		String rest = this.sql.substring(position);
		return (rest.length() <= 40) ? rest : rest.substring(0, 40);
	}

}
