package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A module loaded into Asterisk.
 */
public record Module(@JsonProperty("name") String name, @JsonProperty("description") String description,
		@JsonProperty("use_count") Integer useCount, @JsonProperty("status") String status,
		@JsonProperty("support_level") String supportLevel) {
}
