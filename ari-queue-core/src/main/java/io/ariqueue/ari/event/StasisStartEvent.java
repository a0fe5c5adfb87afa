package io.ariqueue.ari.event;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.Channel;

/**
 * A channel has entered the Stasis application.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 * @param args the arguments given to the application
 * @param channel the channel
 * @param replaceChannel the channel this one replaces, after a masquerade
 */
public record StasisStartEvent(@JsonProperty("type") String type, @JsonProperty("application") String application,
		@JsonProperty("timestamp") OffsetDateTime timestamp, @JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("args") List<String> args, @JsonProperty("channel") Channel channel,
		@JsonProperty("replace_channel") Channel replaceChannel) implements AriEvent {
}
