package io.github.singlestorehttp.client;

import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlAnalysesTests {

	@Test
	void sqlIsAnalyzedOncePerText() {
		SqlAnalyses analyses = new SqlAnalyses(SqlAnalyses.DEFAULT_CACHE_SIZE);
		String sql = "SELECT * FROM users WHERE id = ?";
		assertThat(analyses.positional(sql)).isSameAs(analyses.positional(new String(sql)));
		String named = "SELECT * FROM users WHERE id = :id";
		assertThat(analyses.named(named)).isSameAs(analyses.named(new String(named)));
	}

	@Test
	void leastRecentlyUsedTextsAreAnalyzedAgainBeyondTheCacheSize() {
		SqlAnalyses analyses = new SqlAnalyses(1);
		var first = analyses.positional("SELECT 1");
		analyses.positional("SELECT 2");
		assertThat(analyses.positional("SELECT 1")).isNotSameAs(first);
	}

	@Test
	void refusedSqlIsRefusedEveryTime() {
		SqlAnalyses analyses = new SqlAnalyses(SqlAnalyses.DEFAULT_CACHE_SIZE);
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(() -> analyses.positional("BEGIN"));
		}
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(() -> analyses.positional(null));
	}

}
