package io.ariqueue.observation;

import io.micrometer.common.KeyValues;

import io.ariqueue.observation.AriCommandObservation.HighCardinalityKeys;
import io.ariqueue.observation.AriCommandObservation.LowCardinalityKeys;

/**
 * The default {@link AriCommandObservationConvention}: the operation and, once the call ended,
 * the outcome as low-cardinality keys; the dialogue id and the id of the channel the operation
 * names as high-cardinality keys. The contextual name, which tracers use for the span, is the
 * operation.
 *
 * @author ari-queue team
 */
public class DefaultAriCommandObservationConvention implements AriCommandObservationConvention {

	/**
	 * A shared instance.
	 */
	public static final DefaultAriCommandObservationConvention INSTANCE = new DefaultAriCommandObservationConvention();

	@Override
	public KeyValues getLowCardinalityKeyValues(AriCommandObservationContext context) {
		KeyValues values = KeyValues.of(LowCardinalityKeys.OPERATION.withValue(context.getOperation()));
		AriCommandObservationContext.Outcome outcome = context.getOutcome();
		return (outcome != null) ? values.and(LowCardinalityKeys.OUTCOME.withValue(outcome.value())) : values;
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(AriCommandObservationContext context) {
		KeyValues values = KeyValues.of(HighCardinalityKeys.DIALOGUE_ID.withValue(context.getDialogueId()));
		String channelId = context.getChannelId();
		return (channelId != null) ? values.and(HighCardinalityKeys.CHANNEL_ID.withValue(channelId)) : values;
	}

	@Override
	public String getContextualName(AriCommandObservationContext context) {
		return context.getOperation();
	}

}
