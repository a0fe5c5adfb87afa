package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A recording stored on the Asterisk server.
 */
public record StoredRecording(@JsonProperty("name") String name, @JsonProperty("format") String format) {
}
