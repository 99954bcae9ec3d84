package io.github.singlestorehttp.local.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.SqlType;
import io.github.singlestorehttp.local.dialect.TargetDialect;
import io.github.singlestorehttp.local.dialect.Token;

/**
 * H2 as the target of the SingleStore translation: types through {@link H2Types}, casts through H2's {@code CAST}
 * (or the server's vector cast; a cast to {@code TIME} reads its operand as MySQL's {@code TIME()} does and gives an
 * interval, as {@code TIME} columns are), statements through {@link H2ShowStatements} and {@link H2Renderer}.
 */
final class H2TargetDialect implements TargetDialect {

	private static final String TWO_TO_THE_64 = "18446744073709551616";

	private final H2Renderer renderer;

	H2TargetDialect(Set<String> emulatedFunctions) {
		this.renderer = new H2Renderer(emulatedFunctions);
	}

	@Override
	public List<Token> columnType(SqlType type, List<String> prerequisites) throws DialectException {
		return List.of(typeToken(H2Types.column(type, prerequisites)));
	}

	/**
	 * A type as one token, so that the renderer does not read a type such as {@code TIME(6)} as a call of an
	 * emulated function of the same name.
	 */
	private static Token typeToken(String type) {
		return new Token(Token.Kind.WORD, type, true, -1);
	}

	@Override
	public List<Token> cast(List<Token> operand, SqlType type, boolean lenient) throws DialectException {
		List<Token> cast = new ArrayList<>();
		if (type.name().equals("VECTOR")) {
			VectorDomain vector = VectorDomain.of(type);
			cast.add(Token.word(H2Renderer.FUNCTION_PREFIX + "VECTOR_CAST").withSpaceBefore(false));
			cast.add(Token.symbol("(", false));
			cast.addAll(operand);
			cast.add(Token.symbol(",", false));
			cast.add(new Token(Token.Kind.NUMBER, Integer.toString(vector.dimensions()), true, -1));
			cast.add(Token.symbol(",", false));
			cast.add(Token.string(vector.elementType()));
			cast.add(Token.symbol(")", false));
			return cast;
		}
		if (type.name().equals("JSON")) {
			return operand;
		}
		if (type.name().equals("DATE")) {
			return h2Cast(h2Cast(operand, "TIMESTAMP(6)"), "DATE");
		}
		if (type.name().equals("TIME")) {
			return timeCast(operand, H2Types.fractionDigits(type));
		}
		if (type.name().equals("CHAR") && !type.arguments().isEmpty()) {
			cast.add(Token.word("LEFT").withSpaceBefore(false));
			cast.add(Token.symbol("(", false));
			cast.addAll(cast(operand, new SqlType("CHAR", List.of(), false), lenient));
			cast.add(Token.symbol(",", false));
			cast.addAll(type.arguments().get(0));
			cast.add(Token.symbol(")", false));
			return cast;
		}
		if (type.unsigned() && H2Types.isInteger(type)) {
			return unsigned(h2Cast(operand, "NUMERIC(20)"));
		}
		return h2Cast(operand, H2Types.cast(type));
	}

	/**
	 * A negative number cast to {@code UNSIGNED} wraps around modulo 2^64, as MySQL's "Cast Functions and
	 * Operators" page says ({@code CONVERT(-123, UNSIGNED)} is 18446744073709551493 in SingleStore's CAST page).
	 */
	private static List<Token> unsigned(List<Token> signed) {
		List<Token> wrapped = new ArrayList<>();
		wrapped.add(Token.word("MOD").withSpaceBefore(false));
		wrapped.add(Token.symbol("(", false));
		wrapped.addAll(signed);
		wrapped.add(Token.symbol("+", true));
		wrapped.add(new Token(Token.Kind.NUMBER, TWO_TO_THE_64, true, -1));
		wrapped.add(Token.symbol(",", false));
		wrapped.add(new Token(Token.Kind.NUMBER, TWO_TO_THE_64, true, -1));
		wrapped.add(Token.symbol(")", false));
		return h2Cast(wrapped, "NUMERIC(20)");
	}

	/**
	 * A cast to {@code TIME(n)}: the operand read as MySQL's {@code TIME()} reads it, as the interval that holds TIME
	 * values ({@link H2Types#timeInterval}).
	 * @param operand the expression
	 * @param fractionDigits the fractional seconds digits
	 * @return the expression
	 */
	static List<Token> timeCast(List<Token> operand, int fractionDigits) {
		return h2Cast(call(H2Renderer.FUNCTION_PREFIX + "TIME", operand), H2Types.timeInterval(fractionDigits));
	}

	/**
	 * A call of a function with one argument.
	 */
	static List<Token> call(String function, List<Token> argument) {
		List<Token> call = new ArrayList<>();
		call.add(Token.word(function).withSpaceBefore(false));
		call.add(Token.symbol("(", false));
		call.addAll(argument);
		call.add(Token.symbol(")", false));
		return call;
	}

	private static List<Token> h2Cast(List<Token> operand, String type) {
		List<Token> cast = new ArrayList<>();
		cast.add(Token.word("CAST").withSpaceBefore(false));
		cast.add(Token.symbol("(", false));
		cast.addAll(operand);
		cast.add(Token.word("AS"));
		cast.add(typeToken(type));
		cast.add(Token.symbol(")", false));
		return cast;
	}

	@Override
	public String render(List<Token> tokens) throws DialectException {
		Optional<String> show = H2ShowStatements.translate(tokens);
		if (show.isPresent()) {
			return show.get();
		}
		return this.renderer.render(MultiTableStatements.rewrite(tokens).orElse(tokens));
	}

}
