package io.ariqueue.ari.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An out-of-call text message.
 */
public record TextMessage(@JsonProperty("from") String from, @JsonProperty("to") String to,
		@JsonProperty("body") String body, @JsonProperty("variables") Map<String, Object> variables) {
}
