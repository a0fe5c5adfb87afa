package io.ariqueue.ari.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Stasis application and the resources it is subscribed to.
 *
 * @param name the application's name
 * @param channelIds ids of the channels it is subscribed to
 * @param bridgeIds ids of the bridges it is subscribed to
 * @param endpointIds the endpoints it is subscribed to, as {@code tech/resource}
 * @param deviceNames names of the devices it is subscribed to
 * @param eventsAllowed the event filter's allowed list
 * @param eventsDisallowed the event filter's disallowed list
 */
public record Application(@JsonProperty("name") String name, @JsonProperty("channel_ids") List<String> channelIds,
		@JsonProperty("bridge_ids") List<String> bridgeIds, @JsonProperty("endpoint_ids") List<String> endpointIds,
		@JsonProperty("device_names") List<String> deviceNames,
		@JsonProperty("events_allowed") List<Map<String, Object>> eventsAllowed,
		@JsonProperty("events_disallowed") List<Map<String, Object>> eventsDisallowed) {
}
