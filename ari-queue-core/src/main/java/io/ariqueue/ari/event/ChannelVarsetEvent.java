package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.Channel;

/**
 * A channel variable has been set, or a global one when the channel is absent.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 * @param variable the variable's name
 * @param value its new value
 * @param channel the channel
 */
public record ChannelVarsetEvent(@JsonProperty("type") String type, @JsonProperty("application") String application,
		@JsonProperty("timestamp") OffsetDateTime timestamp, @JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("variable") String variable, @JsonProperty("value") String value,
		@JsonProperty("channel") Channel channel) implements AriEvent {
}
