package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The user and group Asterisk runs as.
 */
public record SetId(@JsonProperty("user") String user, @JsonProperty("group") String group) {
}
