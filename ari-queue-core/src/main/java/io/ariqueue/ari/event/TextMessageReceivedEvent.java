package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.Endpoint;
import io.ariqueue.ari.model.TextMessage;

/**
 * An out-of-call text message has arrived.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 * @param endpoint the endpoint
 */
public record TextMessageReceivedEvent(@JsonProperty("type") String type,
		@JsonProperty("application") String application, @JsonProperty("timestamp") OffsetDateTime timestamp,
		@JsonProperty("asterisk_id") String asteriskId, @JsonProperty("message") TextMessage message,
		@JsonProperty("endpoint") Endpoint endpoint) implements AriEvent {
}
