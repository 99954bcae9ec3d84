package io.github.singlestorehttp.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of Data API statements. Implement it to replace
 * {@link DefaultSingleStoreObservationConvention}.
 */
public interface SingleStoreObservationConvention extends ObservationConvention<SingleStoreObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof SingleStoreObservationContext;
	}

}
