package io.ariqueue.ari.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An endpoint: an addressable peer of a channel technology.
 *
 * @param state one of {@code unknown}, {@code offline}, {@code online}
 * @param channelIds ids of the endpoint's channels
 */
public record Endpoint(@JsonProperty("technology") String technology, @JsonProperty("resource") String resource,
		@JsonProperty("state") String state, @JsonProperty("channel_ids") List<String> channelIds) {
}
