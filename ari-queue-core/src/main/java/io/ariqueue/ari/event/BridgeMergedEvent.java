package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.Bridge;

/**
 * One bridge has been merged into another.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 * @param bridge the bridge
 * @param bridgeFrom the bridge that was merged away
 */
public record BridgeMergedEvent(@JsonProperty("type") String type, @JsonProperty("application") String application,
		@JsonProperty("timestamp") OffsetDateTime timestamp, @JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("bridge") Bridge bridge, @JsonProperty("bridge_from") Bridge bridgeFrom) implements AriEvent {
}
