package io.github.singlestorehttp.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@link InvalidSingleStoreConfigurationException} at startup as a description of the
 * problem and the properties to set.
 */
class InvalidSingleStoreConfigurationFailureAnalyzer
		extends AbstractFailureAnalyzer<InvalidSingleStoreConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSingleStoreConfigurationException cause) {
		return new FailureAnalysis(cause.getDescription(), cause.getAction(), cause);
	}

}
