package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A log channel and the levels it records.
 *
 * @param channel the log channel's name
 */
public record LogChannel(@JsonProperty("channel") String channel, @JsonProperty("type") String type,
		@JsonProperty("status") String status, @JsonProperty("configuration") String configuration) {
}
