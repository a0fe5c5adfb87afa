package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

/**
 * An event from Asterisk's REST Interface, as raised to a Stasis application.
 * <p>
 * Every typed event implements this interface, so a handler method that takes {@code AriEvent}
 * receives every event of its dialogue, including types that this build does not know
 * ({@link UnknownEvent}).
 *
 * @author ari-queue team
 */
public interface AriEvent {

	/**
	 * The event type as named by Asterisk, for example {@code StasisStart}.
	 * @return the type name
	 */
	String type();

	/**
	 * The name of the Stasis application that received the event.
	 * @return the application name, or {@code null} when the proxy dropped it
	 */
	String application();

	/**
	 * When Asterisk raised the event.
	 * @return the event time, or {@code null} when absent
	 */
	OffsetDateTime timestamp();

	/**
	 * The unique id of the Asterisk instance that raised the event.
	 * @return the Asterisk id, or {@code null} when the proxy dropped it
	 */
	String asteriskId();

}
