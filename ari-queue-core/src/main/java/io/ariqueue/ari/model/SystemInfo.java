package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The Asterisk version and entity id.
 */
public record SystemInfo(@JsonProperty("version") String version, @JsonProperty("entity_id") String entityId) {
}
