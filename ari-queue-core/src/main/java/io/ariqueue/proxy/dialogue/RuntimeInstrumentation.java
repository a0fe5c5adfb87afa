package io.ariqueue.proxy.dialogue;

import io.micrometer.observation.ObservationRegistry;

import io.ariqueue.observation.AriCommandObservation;
import io.ariqueue.observation.AriCommandObservationConvention;
import io.ariqueue.observation.DefaultAriCommandObservationConvention;

/**
 * How a {@link ProxyDialogueRuntime} is observed and measured: the registry of the
 * {@link AriCommandObservation#COMMAND ARI call observations}, their convention, and what counts
 * the runtime's doings. The observations of handler methods belong to the
 * {@link io.ariqueue.handler.AriHandlerRegistry}.
 *
 * @param observationRegistry observes ARI calls; {@link ObservationRegistry#NOOP} for none
 * @param commandObservationConvention the convention of the ARI call observations, {@code null}
 * for {@link DefaultAriCommandObservationConvention}
 * @param metrics counts what the runtime does
 * @author ari-queue team
 */
public record RuntimeInstrumentation(ObservationRegistry observationRegistry,
		AriCommandObservationConvention commandObservationConvention, DialogueRuntimeMetrics metrics) {

	/**
	 * No observations, no counts.
	 */
	public static final RuntimeInstrumentation NONE = new RuntimeInstrumentation(ObservationRegistry.NOOP, null,
			DialogueRuntimeMetrics.NONE);

	/**
	 * Create an instance; {@code null} stands for none.
	 * @param observationRegistry observes ARI calls
	 * @param commandObservationConvention the convention of the ARI call observations
	 * @param metrics counts what the runtime does
	 */
	public RuntimeInstrumentation {
		observationRegistry = (observationRegistry != null) ? observationRegistry : ObservationRegistry.NOOP;
		metrics = (metrics != null) ? metrics : DialogueRuntimeMetrics.NONE;
	}

}
