package io.github.singlestorehttp.autoconfigure.observation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Observation settings of Data API statements, bound from {@code management.observations.singlestore.*} as
 * Spring Boot binds its own per-technology observation settings (for example
 * {@code management.observations.r2dbc.*}).
 */
@ConfigurationProperties("management.observations.singlestore")
public class SingleStoreObservationProperties {

	/**
	 * Whether observations record the SQL text (with placeholders, never argument values) as
	 * 'db.statement'. Applies to the default observation convention only.
	 */
	private boolean includeSql;

	public boolean isIncludeSql() {
		return this.includeSql;
	}

	public void setIncludeSql(boolean includeSql) {
		this.includeSql = includeSql;
	}

}
