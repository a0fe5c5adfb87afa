package io.ariqueue.proxy.dialogue;

import java.time.OffsetDateTime;
import java.util.Locale;

import io.ariqueue.session.DialogueCloseReason;

/**
 * Told what a {@link ProxyDialogueRuntime} does, to count it: the dialogues it starts and ends,
 * the messages it rejects, the announcements it hands back and the events it hands to handlers.
 * Every method does nothing by default; they are called on the runtime's own threads and must
 * return at once.
 * <p>
 * The timings of handlers and ARI calls are observations instead ({@link RuntimeInstrumentation}).
 *
 * @author ari-queue team
 */
public interface DialogueRuntimeMetrics {

	/**
	 * Counts nothing.
	 */
	DialogueRuntimeMetrics NONE = new DialogueRuntimeMetrics() {
	};

	/**
	 * A dialogue started here: this instance holds its queues and runs it.
	 * @param adopted whether it was adopted from an instance that died or left, rather than
	 * announced
	 */
	default void dialogueStarted(boolean adopted) {
	}

	/**
	 * A dialogue that started here ended.
	 * @param reason why
	 */
	default void dialogueEnded(DialogueCloseReason reason) {
	}

	/**
	 * A message was rejected (and dead-lettered where the queue has a dead-letter exchange).
	 * @param queue the kind of queue it came from
	 * @param cause why
	 */
	default void messageRejected(MessageQueue queue, RejectionCause cause) {
	}

	/**
	 * An announcement was handed back to its queue because this instance was at its
	 * active-dialogue limit.
	 */
	default void announcementReturned() {
	}

	/**
	 * An event's handlers are about to run.
	 * @param eventType the event type as observations name it
	 * ({@link io.ariqueue.observation.AriHandlerObservationContext#eventTypeOf})
	 * @param timestamp when Asterisk raised the event, or {@code null} if the event does not say
	 */
	default void handlingEvent(String eventType, OffsetDateTime timestamp) {
	}

	/**
	 * The kinds of queue a rejected message comes from.
	 */
	enum MessageQueue {

		/**
		 * An application queue, of announcements.
		 */
		APPLICATION,

		/**
		 * A dialogue's events queue.
		 */
		EVENTS,

		/**
		 * A dialogue's responses queue.
		 */
		RESPONSES;

		/**
		 * The name in lower case, as a tag value.
		 * @return the value
		 */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Why a message was rejected.
	 */
	enum RejectionCause {

		/**
		 * It could not be read.
		 */
		MALFORMED,

		/**
		 * It was larger than {@code ari.queue.max-message-size}.
		 */
		OVERSIZED,

		/**
		 * A response whose {@code unique_id} this instance never sent.
		 */
		UNKNOWN_RESPONSE;

		/**
		 * The name in lower case, as a tag value.
		 * @return the value
		 */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
