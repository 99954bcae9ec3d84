package io.github.singlestorehttp.local.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites SingleStore's expression syntax into function calls and casts: the JSON access operators {@code ::}
 * (JSON), {@code ::$} (string) and {@code ::%} (double) become {@code JSON_EXTRACT_JSON}, {@code _STRING} and
 * {@code _DOUBLE} with the path's keys as arguments ("Using JSON": {@code a::b::$c} is
 * {@code JSON_EXTRACT_STRING(a, 'b', 'c')}); the vector operators {@code <*>} and {@code <->} become
 * {@code DOT_PRODUCT} and {@code EUCLIDEAN_DISTANCE} ("Vector Type"); {@code x :> t} and {@code x !:> t} become the
 * target database's cast, as do {@code CAST(x AS t)} and {@code CONVERT(x, t)}.
 */
final class ExpressionRewriter {

	private final TargetDialect target;

	ExpressionRewriter(TargetDialect target) {
		this.target = target;
	}

	List<Token> rewrite(List<Token> in) throws DialectException {
		List<Token> out = new ArrayList<>(in.size());
		int index = 0;
		while (index < in.size()) {
			Token token = in.get(index);
			if (isJsonAccess(token)) {
				index = jsonAccess(in, index, out);
			}
			else if (token.is(":>") || token.is("!:>")) {
				index = shortCast(in, index, out);
			}
			else if (token.is("<*>") || token.is("<->")) {
				index = vectorOperator(in, index, out);
			}
			else if (token.isWord("CAST", "CONVERT") && index + 1 < in.size() && in.get(index + 1).is("(")) {
				index = castCall(in, index, out);
			}
			else {
				out.add(token);
				index++;
			}
		}
		return out;
	}

	private static boolean isJsonAccess(Token token) {
		return token.is("::") || token.is("::$") || token.is("::%");
	}

	private int jsonAccess(List<Token> in, int index, List<Token> out) throws DialectException {
		List<Token> operand = takeOperand(out, in, index);
		List<Token> keys = new ArrayList<>();
		String function = "JSON_EXTRACT_JSON";
		int position = index;
		while (position < in.size() && isJsonAccess(in.get(position))) {
			Token operator = in.get(position);
			if (position + 1 >= in.size()) {
				throw DialectException.syntax(operator.text());
			}
			keys.add(keyArgument(in.get(position + 1)));
			function = switch (operator.text()) {
				case "::$" -> "JSON_EXTRACT_STRING";
				case "::%" -> "JSON_EXTRACT_DOUBLE";
				default -> "JSON_EXTRACT_JSON";
			};
			position += 2;
		}
		List<Token> call = new ArrayList<>();
		call.add(new Token(Token.Kind.WORD, function, operand.get(0).spaceBefore(), -1));
		call.add(Token.symbol("(", false));
		call.addAll(firstWithoutSpace(operand));
		for (Token key : keys) {
			call.add(Token.symbol(",", false));
			call.add(key);
		}
		call.add(Token.symbol(")", false));
		out.addAll(call);
		return position;
	}

	private static Token keyArgument(Token key) throws DialectException {
		return switch (key.kind()) {
			case WORD, QUOTED_IDENTIFIER, STRING -> Token.string(key.text());
			case NUMBER -> new Token(Token.Kind.NUMBER, key.text(), true, -1);
			default -> throw DialectException.syntax(key.text());
		};
	}

	private int shortCast(List<Token> in, int index, List<Token> out) throws DialectException {
		List<Token> operand = takeOperand(out, in, index);
		SqlType.Parsed type = SqlType.parse(in, index + 1);
		List<Token> cast = this.target.cast(firstWithoutSpace(operand), type.type(), in.get(index).is("!:>"));
		out.addAll(withSpace(cast, operand.get(0).spaceBefore()));
		return type.end();
	}

	private int vectorOperator(List<Token> in, int index, List<Token> out) throws DialectException {
		List<Token> left = takeOperand(out, in, index);
		int end = TokenList.operandEnd(in, index + 1);
		while (end < in.size() && (isJsonAccess(in.get(end)) || in.get(end).is(":>") || in.get(end).is("!:>"))) {
			end = in.get(end).is(":>") || in.get(end).is("!:>") ? SqlType.parse(in, end + 1).end() : end + 2;
		}
		List<Token> right = rewrite(in.subList(index + 1, end));
		String function = in.get(index).is("<*>") ? "DOT_PRODUCT" : "EUCLIDEAN_DISTANCE";
		out.add(new Token(Token.Kind.WORD, function, left.get(0).spaceBefore(), -1));
		out.add(Token.symbol("(", false));
		out.addAll(firstWithoutSpace(left));
		out.add(Token.symbol(",", false));
		out.addAll(right);
		out.add(Token.symbol(")", false));
		return end;
	}

	private int castCall(List<Token> in, int index, List<Token> out) throws DialectException {
		int open = index + 1;
		int close = TokenList.closing(in, open);
		boolean convert = in.get(index).isWord("CONVERT");
		int separator = TokenList.findTopLevel(in, open + 1, close,
				convert ? (token) -> token.is(",") : (token) -> token.isWord("AS"));
		int using = TokenList.findTopLevel(in, open + 1, close, (token) -> token.isWord("USING"));
		if (convert && separator < 0 && using > 0) {
			out.add(Token.symbol("(", in.get(index).spaceBefore()));
			out.addAll(rewrite(in.subList(open + 1, using)));
			out.add(Token.symbol(")", false));
			return close + 1;
		}
		if (separator < 0) {
			throw DialectException.syntax(TokenList.text(in.subList(index, Math.min(in.size(), close + 1))));
		}
		List<Token> operand = rewrite(in.subList(open + 1, separator));
		SqlType.Parsed type = SqlType.parse(in, separator + 1);
		if (type.end() != close) {
			throw DialectException.syntax(TokenList.text(in.subList(type.end(), close + 1)));
		}
		out.addAll(withSpace(this.target.cast(firstWithoutSpace(operand), type.type(), false),
				in.get(index).spaceBefore()));
		return close + 1;
	}

	/**
	 * Removes the operand that ends the output so far and returns it.
	 */
	private static List<Token> takeOperand(List<Token> out, List<Token> in, int index) throws DialectException {
		if (out.isEmpty()) {
			throw DialectException.syntax(TokenList.text(in.subList(index, Math.min(in.size(), index + 8))));
		}
		int start = TokenList.operandStart(out, out.size());
		List<Token> operand = new ArrayList<>(out.subList(start, out.size()));
		out.subList(start, out.size()).clear();
		return operand;
	}

	private static List<Token> firstWithoutSpace(List<Token> tokens) {
		return withSpace(tokens, false);
	}

	private static List<Token> withSpace(List<Token> tokens, boolean space) {
		if (tokens.isEmpty()) {
			return tokens;
		}
		List<Token> copy = new ArrayList<>(tokens);
		copy.set(0, copy.get(0).withSpaceBefore(space));
		return copy;
	}

}
