package io.ariqueue.observation;

import io.micrometer.common.KeyValues;

import io.ariqueue.observation.AriHandlerObservation.HighCardinalityKeys;
import io.ariqueue.observation.AriHandlerObservation.LowCardinalityKeys;

/**
 * The default {@link AriHandlerObservationConvention}: the event type, the handler and, once it
 * returned or threw, the outcome as low-cardinality keys; the dialogue and channel ids as
 * high-cardinality keys. The contextual name, which tracers use for the span, is the handler.
 *
 * @author ari-queue team
 */
public class DefaultAriHandlerObservationConvention implements AriHandlerObservationConvention {

	/**
	 * A shared instance.
	 */
	public static final DefaultAriHandlerObservationConvention INSTANCE = new DefaultAriHandlerObservationConvention();

	@Override
	public KeyValues getLowCardinalityKeyValues(AriHandlerObservationContext context) {
		KeyValues values = KeyValues.of(LowCardinalityKeys.EVENT_TYPE.withValue(context.getEventType()),
				LowCardinalityKeys.HANDLER.withValue(context.getHandler()));
		AriHandlerObservationContext.Outcome outcome = context.getOutcome();
		return (outcome != null) ? values.and(LowCardinalityKeys.OUTCOME.withValue(outcome.value())) : values;
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(AriHandlerObservationContext context) {
		KeyValues values = KeyValues.of(HighCardinalityKeys.DIALOGUE_ID.withValue(context.getDialogueId()));
		String channelId = context.getChannelId();
		return (channelId != null) ? values.and(HighCardinalityKeys.CHANNEL_ID.withValue(channelId)) : values;
	}

	@Override
	public String getContextualName(AriHandlerObservationContext context) {
		return context.getHandler();
	}

}
