package io.ariqueue.proxy.dialogue;

import java.time.Instant;
import java.util.List;

/**
 * What a {@link ProxyDialogueRuntime} is doing at one moment, for health checks and operators.
 *
 * @param status whether it takes announcements, and if not why
 * @param applications the ARI applications it serves
 * @param instanceId the id of this instance among those serving the same applications
 * @param activeDialogues how many dialogues it runs
 * @param maxActiveDialogues how many it may run at once
 * @param connectionLostAt when a connection to the broker was last lost or could not be made;
 * {@code null} if never
 * @param connectionLostReason why, where known; {@code null} otherwise
 * @author ari-queue team
 */
public record RuntimeState(Status status, List<String> applications, String instanceId, int activeDialogues,
		int maxActiveDialogues, Instant connectionLostAt, String connectionLostReason) {

	/**
	 * Whether the runtime takes announcements, and if not why.
	 */
	public enum Status {

		/**
		 * Not started, or stopped.
		 */
		STOPPED(false),

		/**
		 * Started, but not connected yet: it could not connect to the broker or consume its
		 * applications' queues, and tries again.
		 */
		STARTING(false),

		/**
		 * Connected and consuming every application's queue.
		 */
		CONSUMING(true),

		/**
		 * Connected, and not consuming the applications' queues on purpose: it runs as many dialogues as
		 * it may, so that announcements wait for an instance with room.
		 */
		PAUSED_AT_LIMIT(true),

		/**
		 * Connected, but an application's queue is not consumed: the broker cancelled its consumer
		 * (the queue was deleted, or its node went away) and the runtime tries to consume it again.
		 */
		NOT_CONSUMING(false),

		/**
		 * A connection to the broker is lost; the runtime reconnects.
		 */
		DISCONNECTED(false);

		private final boolean serving;

		Status(boolean serving) {
			this.serving = serving;
		}

		/**
		 * Whether the runtime works as it should in this status: takes the announcements it has room
		 * for and runs its dialogues.
		 * @return whether it serves its applications
		 */
		public boolean isServing() {
			return this.serving;
		}

	}

}
