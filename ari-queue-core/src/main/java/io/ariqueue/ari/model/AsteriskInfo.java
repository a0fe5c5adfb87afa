package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * System information about an Asterisk instance, by section.
 */
public record AsteriskInfo(@JsonProperty("build") BuildInfo build, @JsonProperty("system") SystemInfo system,
		@JsonProperty("config") ConfigInfo config, @JsonProperty("status") StatusInfo status) {
}
