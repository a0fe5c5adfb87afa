package io.ariqueue.ari.event;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.model.Endpoint;

/**
 * A user-defined event has been raised.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 * @param eventname the event's name
 * @param channel the channel
 * @param bridge the bridge
 * @param endpoint the endpoint
 * @param userevent the values the event carries
 */
public record ChannelUsereventEvent(@JsonProperty("type") String type, @JsonProperty("application") String application,
		@JsonProperty("timestamp") OffsetDateTime timestamp, @JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("eventname") String eventname, @JsonProperty("channel") Channel channel,
		@JsonProperty("bridge") Bridge bridge, @JsonProperty("endpoint") Endpoint endpoint,
		@JsonProperty("userevent") Map<String, Object> userevent) implements AriEvent {
}
