package io.ariqueue.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * An {@link ObservationConvention} for the invocations of handler methods. Define a bean of this
 * type to replace {@link DefaultAriHandlerObservationConvention}.
 *
 * @author ari-queue team
 */
public interface AriHandlerObservationConvention extends ObservationConvention<AriHandlerObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof AriHandlerObservationContext;
	}

	@Override
	default String getName() {
		return "ari.queue.handler";
	}

}
