package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

/**
 * An event whose type this build does not know. It is delivered, never dropped, to handlers that
 * take {@link AriEvent}, with the event's JSON as Asterisk (or the proxy) sent it.
 *
 * @param type the event type as named by Asterisk
 * @param application the Stasis application, if present
 * @param timestamp when Asterisk raised the event, if present
 * @param asteriskId the Asterisk instance id, if present
 * @param json the event's JSON text
 * @author ari-queue team
 */
public record UnknownEvent(String type, String application, OffsetDateTime timestamp, String asteriskId,
		String json) implements AriEvent {
}
