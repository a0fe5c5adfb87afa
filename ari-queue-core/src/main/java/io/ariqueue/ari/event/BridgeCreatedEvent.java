package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.Bridge;

/**
 * A bridge has been created.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 * @param bridge the bridge
 */
public record BridgeCreatedEvent(@JsonProperty("type") String type, @JsonProperty("application") String application,
		@JsonProperty("timestamp") OffsetDateTime timestamp, @JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("bridge") Bridge bridge) implements AriEvent {
}
