package io.github.singlestorehttp.client;

import org.jspecify.annotations.Nullable;

import io.github.singlestorehttp.client.codec.AnalyzedSql;

import org.springframework.util.ConcurrentLruCache;

/**
 * The analysis of each SQL text, computed once and kept in a bounded least-recently-used cache, as
 * spring-jdbc's {@code NamedParameterJdbcTemplate} keeps its parsed SQL: placeholder positions, the
 * leading keyword that makes a statement a provable read, the session guards, the multi-row insert split
 * and the named-parameter parse are not repeated on every call with the same SQL.
 */
final class SqlAnalyses {

	/** The default number of SQL texts whose analysis is kept. */
	static final int DEFAULT_CACHE_SIZE = 256;

	private final ConcurrentLruCache<String, AnalyzedSql> positional;

	private final ConcurrentLruCache<String, NamedStatement> named;

	SqlAnalyses(int cacheSize) {
		this.positional = new ConcurrentLruCache<>(cacheSize, AnalyzedSql::of);
		this.named = new ConcurrentLruCache<>(cacheSize, NamedStatement::parse);
	}

	/**
	 * The analysis of SQL with positional {@code ?} placeholders.
	 * @param sql the SQL
	 * @return the cached or new analysis
	 * @throws org.springframework.dao.InvalidDataAccessApiUsageException when the SQL cannot run over the
	 * Data API
	 */
	AnalyzedSql positional(@Nullable String sql) {
		return (sql != null) ? this.positional.get(sql) : AnalyzedSql.of(null);
	}

	/**
	 * The parse of SQL with named parameters.
	 * @param sql the SQL
	 * @return the cached or new parse
	 */
	NamedStatement named(String sql) {
		return this.named.get(sql);
	}

}
