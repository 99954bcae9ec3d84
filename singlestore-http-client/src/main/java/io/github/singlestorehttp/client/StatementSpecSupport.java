package io.github.singlestorehttp.client;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The binding and option methods both fluent specs share: each returns a new spec of the same kind around
 * a changed {@link StatementDefinition}.
 *
 * @param <S> the spec type
 */
abstract class StatementSpecSupport<S> {

	private final StatementDefinition definition;

	StatementSpecSupport(StatementDefinition definition) {
		this.definition = definition;
	}

	StatementDefinition definition() {
		return this.definition;
	}

	/**
	 * A spec of this kind around another definition.
	 * @param changed the definition
	 * @return the new spec
	 */
	abstract S with(StatementDefinition changed);

	public S param(@Nullable Object value) {
		return with(this.definition.withParam(value));
	}

	public S param(int index, @Nullable Object value) {
		return with(this.definition.withParam(index, value));
	}

	public S param(String name, @Nullable Object value) {
		return with(this.definition.withParam(name, value));
	}

	public S params(@Nullable Object... values) {
		return with(this.definition.withParams(Arrays.asList(values)));
	}

	public S params(List<? extends @Nullable Object> values) {
		return with(this.definition.withParams(values));
	}

	public S params(Map<String, ? extends @Nullable Object> values) {
		return with(this.definition.withNamed(values));
	}

	public S paramSource(Object source) {
		return with(this.definition.withParamSource(source));
	}

	public S paramSource(SqlParameterSource source) {
		return with(this.definition.withParamSource(source));
	}

	public S idempotent() {
		return with(this.definition.withIdempotent());
	}

	public S timeout(Duration timeout) {
		return with(this.definition.withTimeout(timeout));
	}

	public S maxRows(int maxRows) {
		return with(this.definition.withMaxRows(maxRows));
	}

}
