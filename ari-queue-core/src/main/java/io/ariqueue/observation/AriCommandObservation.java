package io.ariqueue.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation of an ARI call, from the moment it is sent to its answer or failure, named
 * {@code ari.queue.command}.
 *
 * @author ari-queue team
 */
public enum AriCommandObservation implements ObservationDocumentation {

	/**
	 * An ARI call made as a command through the proxy.
	 */
	COMMAND {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultAriCommandObservationConvention.class;
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
		 * The ARI operation, for example {@code channels.answer}; for a request built without an
		 * operation name, its method and path template, for example
		 * {@code POST /channels/{channelId}/answer}.
		 */
		OPERATION {

			@Override
			public String asString() {
				return "operation";
			}

		},

		/**
		 * How the call ended: see {@link AriCommandObservationContext.Outcome}. Absent until it ended.
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
		 * The id of the channel the operation names, when it names one.
		 */
		CHANNEL_ID {

			@Override
			public String asString() {
				return "channel.id";
			}

		}

	}

}
