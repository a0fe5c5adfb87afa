package io.ariqueue.ari.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When Asterisk started and last reloaded.
 */
public record StatusInfo(@JsonProperty("startup_time") OffsetDateTime startupTime,
		@JsonProperty("last_reload_time") OffsetDateTime lastReloadTime) {
}
