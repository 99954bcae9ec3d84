package io.github.singlestorehttp.client.codec;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * What the encoder needs to know about one SQL text, worked out once so that it can be cached per text:
 * the statement passed the session and multi-statement guards, where its {@code ?} placeholders are,
 * whether it provably only reads, and (when first asked, for batches) its split into a multi-row insert.
 * Immutable and safe for concurrent use.
 */
public final class AnalyzedSql {

	private final String sql;

	private final int[] placeholders;

	private final boolean provableRead;

	private volatile @Nullable Optional<MultiRowInsert> multiRowInsert;

	private AnalyzedSql(String sql) {
		this.sql = sql;
		this.placeholders = SqlScanner.positions(sql);
		this.provableRead = ReadStatement.isProvableRead(sql);
	}

	/**
	 * Analyze a statement, refusing it when it cannot run over the Data API.
	 * @param sql the SQL with positional {@code ?} placeholders
	 * @return the analysis
	 * @throws InvalidDataAccessApiUsageException when the SQL is blank, relies on session state or holds
	 * several statements
	 */
	public static AnalyzedSql of(@Nullable String sql) {
		if (sql == null || sql.isBlank()) {
			throw new InvalidDataAccessApiUsageException("SQL must not be null or blank");
		}
		SessionStatementGuard.check(sql);
		return new AnalyzedSql(sql);
	}

	/**
	 * The SQL as given.
	 * @return the SQL
	 */
	public String sql() {
		return this.sql;
	}

	/**
	 * The number of {@code ?} placeholders outside literals, quoted identifiers and comments.
	 * @return the placeholder count
	 */
	public int placeholderCount() {
		return this.placeholders.length;
	}

	int[] placeholders() {
		return this.placeholders;
	}

	boolean provableRead() {
		return this.provableRead;
	}

	Optional<MultiRowInsert> multiRowInsert() {
		Optional<MultiRowInsert> insert = this.multiRowInsert;
		if (insert == null) {
			insert = MultiRowInsert.of(this.sql);
			this.multiRowInsert = insert;
		}
		return insert;
	}

	@Override
	public String toString() {
		return "AnalyzedSql[" + this.sql + "]";
	}

}
