package io.ariqueue.observation;

import io.micrometer.observation.Observation;

import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.event.UnknownEvent;

/**
 * What an {@link AriHandlerObservation#HANDLER} observation knows of a handler method's
 * invocation.
 *
 * @author ari-queue team
 */
public class AriHandlerObservationContext extends Observation.Context {

	/**
	 * The event type of a {@code @DialogueStarted} method's invocation.
	 */
	public static final String DIALOGUE_STARTED = "DialogueStarted";

	/**
	 * The event type of a {@code @DialogueClosed} method's invocation.
	 */
	public static final String DIALOGUE_CLOSED = "DialogueClosed";

	/**
	 * The event type of an event whose type this build does not know: Asterisk's own name is not
	 * used, so that a proxy cannot make up tag values.
	 */
	public static final String UNKNOWN_EVENT = "Unknown";

	private final String eventType;

	private final String handler;

	private final String dialogueId;

	private final String channelId;

	private final AriEvent event;

	private Outcome outcome;

	/**
	 * Create a context.
	 * @param eventType the event type, from {@link #eventTypeOf(AriEvent)}, or
	 * {@link #DIALOGUE_STARTED} or {@link #DIALOGUE_CLOSED}
	 * @param handler the handler method, as {@code SimpleBeanClassName#method}
	 * @param dialogueId the dialogue id
	 * @param channelId the channel's id, or {@code null}
	 * @param event the event, or {@code null} for a dialogue callback
	 */
	public AriHandlerObservationContext(String eventType, String handler, String dialogueId, String channelId,
			AriEvent event) {
		this.eventType = eventType;
		this.handler = handler;
		this.dialogueId = dialogueId;
		this.channelId = channelId;
		this.event = event;
	}

	/**
	 * The type of an event as observations and meters name it: Asterisk's name for the types
	 * this build knows, {@link #UNKNOWN_EVENT} for the others.
	 * @param event the event
	 * @return the type name
	 */
	public static String eventTypeOf(AriEvent event) {
		return (event instanceof UnknownEvent) ? UNKNOWN_EVENT : event.type();
	}

	/**
	 * The event type, for example {@code StasisStart}.
	 * @return the event type
	 */
	public String getEventType() {
		return this.eventType;
	}

	/**
	 * The handler method, as {@code SimpleBeanClassName#method}.
	 * @return the handler
	 */
	public String getHandler() {
		return this.handler;
	}

	/**
	 * The dialogue id.
	 * @return the dialogue id
	 */
	public String getDialogueId() {
		return this.dialogueId;
	}

	/**
	 * The id of the event's channel, else of the dialogue's primary channel.
	 * @return the channel id, or {@code null} if unknown
	 */
	public String getChannelId() {
		return this.channelId;
	}

	/**
	 * The event handled.
	 * @return the event, or {@code null} for a dialogue callback
	 */
	public AriEvent getEvent() {
		return this.event;
	}

	/**
	 * How the invocation ended.
	 * @return the outcome, or {@code null} while it runs
	 */
	public Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Set how the invocation ended.
	 * @param outcome the outcome
	 */
	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * How a handler method's invocation ended.
	 */
	public enum Outcome {

		/**
		 * The method returned.
		 */
		SUCCESS("success"),

		/**
		 * The method threw.
		 */
		ERROR("error");

		private final String value;

		Outcome(String value) {
			this.value = value;
		}

		/**
		 * The value of the {@code outcome} key.
		 * @return the value
		 */
		public String value() {
			return this.value;
		}

	}

}
