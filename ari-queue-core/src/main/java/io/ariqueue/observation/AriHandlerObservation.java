package io.ariqueue.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation of a handler method's invocation, named {@code ari.queue.handler}.
 *
 * @author ari-queue team
 */
public enum AriHandlerObservation implements ObservationDocumentation {

	/**
	 * A handler method handling an event, or a {@code @DialogueStarted} or {@code @DialogueClosed}
	 * method.
	 */
	HANDLER {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultAriHandlerObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeys.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeys.values();
		}

	};

	/**
	 * Keys with few values: fit for meter tags.
	 */
	public enum LowCardinalityKeys implements KeyName {

		/**
		 * The ARI event type, for example {@code StasisStart}; {@code DialogueStarted} or
		 * {@code DialogueClosed} for the dialogue callbacks, {@code Unknown} for a type this build
		 * does not know.
		 */
		EVENT_TYPE {

			@Override
			public String asString() {
				return "event.type";
			}

		},

		/**
		 * The handler method, as {@code SimpleBeanClassName#method}.
		 */
		HANDLER {

			@Override
			public String asString() {
				return "handler";
			}

		},

		/**
		 * {@code success}, or {@code error} when the method threw.
		 */
		OUTCOME {

			@Override
			public String asString() {
				return "outcome";
			}

		}

	}

	/**
	 * Keys with a value per call: for traces, never for meter tags.
	 */
	public enum HighCardinalityKeys implements KeyName {

		/**
		 * The dialogue id.
		 */
		DIALOGUE_ID {

			@Override
			public String asString() {
				return "dialogue.id";
			}

		},

		/**
		 * The id of the event's channel, else of the dialogue's primary channel, when known.
		 */
		CHANNEL_ID {

			@Override
			public String asString() {
				return "channel.id";
			}

		}

	}

}
