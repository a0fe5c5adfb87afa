package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.Channel;

/**
 * Someone has asked for a channel to be hung up.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 * @param cause the hangup cause, a Q.850 number
 * @param soft whether it is a soft hangup request
 * @param channel the channel
 */
public record ChannelHangupRequestEvent(@JsonProperty("type") String type,
		@JsonProperty("application") String application, @JsonProperty("timestamp") OffsetDateTime timestamp,
		@JsonProperty("asterisk_id") String asteriskId, @JsonProperty("cause") Integer cause,
		@JsonProperty("tech_cause") Integer techCause, @JsonProperty("soft") Boolean soft,
		@JsonProperty("channel") Channel channel) implements AriEvent {
}
