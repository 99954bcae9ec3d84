package io.github.singlestorehttp.local.dialect;

import java.util.List;

import io.github.singlestorehttp.local.dialect.ColumnStringArguments.ColumnArgument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Which statements may need their columns' types before they run: the decision is made once per statement text, so
 * statements without a string function of a column name cost nothing more.
 */
class ColumnStringArgumentsTest {

	@Test
	void findsColumnNamesPassedToStringFunctions() throws DialectException {
		List<ColumnArgument> arguments = ColumnStringArguments
			.of(MySqlLexer.tokenize("SELECT HEX(v), length(e.`v`), CONCAT('x', w, 1, t.w) FROM e"));

		assertThat(arguments).extracting(ColumnArgument::qualifier, ColumnArgument::column)
			.containsExactly(tuple(null, "v"), tuple("e", "v"), tuple(null, "w"), tuple("t", "w"));
	}

	@Test
	void ignoresExpressionsAndOtherFunctions() throws DialectException {
		assertThat(ColumnStringArguments.of(MySqlLexer
			.tokenize("SELECT id, HEX(v :> JSON), LENGTH(UPPER(name)), SUBSTRING('abc', n), UPPER(v) FROM t WHERE id = ?")))
			.isEmpty();
	}

}
