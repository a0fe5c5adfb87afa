package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to a ping: who answered, and when.
 */
public record AsteriskPing(@JsonProperty("asterisk_id") String asteriskId, @JsonProperty("ping") String ping,
		@JsonProperty("timestamp") String timestamp) {
}
