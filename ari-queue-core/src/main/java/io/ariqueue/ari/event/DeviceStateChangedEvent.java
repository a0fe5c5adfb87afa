package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.DeviceState;

/**
 * A device state that a Stasis application controls has changed.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 */
public record DeviceStateChangedEvent(@JsonProperty("type") String type,
		@JsonProperty("application") String application, @JsonProperty("timestamp") OffsetDateTime timestamp,
		@JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("device_state") DeviceState deviceState) implements AriEvent {
}
