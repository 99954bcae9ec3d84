package io.github.singlestorehttp.ai;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.ai.vectorstore.filter.FilterExpressionBuilder;
import org.springframework.ai.vectorstore.filter.FilterExpressionTextParser;
import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link SingleStoreFilterExpressionConverter}: the SQL it writes and the arguments it binds.
 */
class SingleStoreFilterExpressionConverterTests {

	private final SingleStoreFilterExpressionConverter converter = new SingleStoreFilterExpressionConverter("metadata");

	private final FilterExpressionTextParser parser = new FilterExpressionTextParser();

	@Test
	void keysAndValuesAreBoundNeverSpliced() {
		SqlCondition condition = this.converter
			.convert(this.parser.parse("country == 'x\\' OR 1=1 --' && year >= 2020 && tag IN ['a', 'b']"));
		assertThat(condition.sql()).isEqualTo("((JSON_EXTRACT_STRING(metadata, ?) = ? AND JSON_EXTRACT_DOUBLE(metadata, ?)"
				+ " >= ?) AND JSON_EXTRACT_STRING(metadata, ?) IN (?, ?))");
		assertThat(condition.arguments()).containsExactly("country", "x' OR 1=1 --", "year", 2020, "tag", "a", "b");
	}

	@Test
	void notAndNinNegate() {
		FilterExpressionBuilder b = new FilterExpressionBuilder();
		SqlCondition condition = this.converter.convert(b.or(b.not(b.lt("rating", 2.5)), b.nin("tag", 1, 2)).build());
		assertThat(condition.sql()).isEqualTo("(NOT (JSON_EXTRACT_DOUBLE(metadata, ?) < ?)"
				+ " OR JSON_EXTRACT_DOUBLE(metadata, ?) NOT IN (?, ?))");
		assertThat(condition.arguments()).containsExactly("rating", 2.5, "tag", 1, 2);
	}

	@Test
	void quotedKeysAreUnquotedAndBooleansCompareAsText() {
		SqlCondition condition = this.converter.convert(this.parser.parse("'the key' == true"));
		assertThat(condition.sql()).isEqualTo("JSON_EXTRACT_STRING(metadata, ?) = ?");
		assertThat(condition.arguments()).containsExactly("the key", "true");
	}

	@Test
	void emptyListIsRefused() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.converter.convert(new FilterExpressionBuilder().in("tag", List.of())
				.build()))
			.withMessageContaining("non-empty list");
	}

}
