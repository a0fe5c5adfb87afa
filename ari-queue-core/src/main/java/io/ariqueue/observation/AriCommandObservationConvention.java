package io.ariqueue.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * An {@link ObservationConvention} for ARI calls. Define a bean of this type to replace
 * {@link DefaultAriCommandObservationConvention}.
 *
 * @author ari-queue team
 */
public interface AriCommandObservationConvention extends ObservationConvention<AriCommandObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof AriCommandObservationContext;
	}

	@Override
	default String getName() {
		return "ari.queue.command";
	}

}
